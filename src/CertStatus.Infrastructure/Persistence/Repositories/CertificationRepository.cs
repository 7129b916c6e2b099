using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>Runs <see cref="CertificationQueries"/> compiled, and adds and removes aggregates in the unit of work.</summary>
internal sealed class CertificationRepository(CertStatusDbContext dbContext) : ICertificationRepository
{
    private static readonly CompiledQuery<Func<CertStatusDbContext, string, CancellationToken, Task<Certification?>>> FindQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationWithRenewals.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, long, CancellationToken, Task<Certification?>>> FindByRenewalQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationOwningRenewal.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, string, CancellationToken, Task<bool>>> ExistsQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.Certification.Then<Func<CertStatusDbContext, string, CancellationToken, bool>>(
            (IQueryable<Certification> query, CancellationToken _) => query.Any())));

    public Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken) =>
        FindQuery.For(dbContext)(dbContext, mentorId, cancellationToken);

    public Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        FindByRenewalQuery.For(dbContext)(dbContext, renewalNumber, cancellationToken);

    public Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken) =>
        ExistsQuery.For(dbContext)(dbContext, mentorId, cancellationToken);

    public void Add(Certification certification) => dbContext.Certifications.Add(certification);

    public void Remove(Certification certification) => dbContext.Certifications.Remove(certification);
}
