using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>Runs <see cref="CertificationQueries"/> compiled; each list page is one compiled query per sort order.</summary>
internal sealed class CertificationRepository(CertStatusDbContext dbContext) : ICertificationRepository
{
    private static readonly CompiledQuery<Func<CertStatusDbContext, string, CancellationToken, Task<Certification?>>> FindQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationWithRenewals.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, string, CancellationToken, Task<Certification?>>> FindForReadQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationForRead.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, long, CancellationToken, Task<Certification?>>> FindByRenewalQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.CertificationOwningRenewal.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, long, CancellationToken, Task<Renewal?>>> FindRenewalQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.Renewal.SingleOrDefault()));

    private static readonly CompiledQuery<Func<CertStatusDbContext, string, CancellationToken, Task<bool>>> ExistsQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.Certification.Then<Func<CertStatusDbContext, string, CancellationToken, bool>>(
            (IQueryable<Certification> query, CancellationToken _) => query.Any())));

    private static readonly CompiledQuery<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, CancellationToken, Task<int>>> CountCertificationsQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.MatchingCertifications.Then<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, CancellationToken, int>>(
            (IQueryable<Certification> query, CancellationToken _) => query.Count())));

    private static readonly CompiledQuery<Func<CertStatusDbContext, string?, string?, CancellationToken, Task<int>>> CountRenewalsQuery =
        new(() => EF.CompileAsyncQuery(CertificationQueries.MatchingRenewals.Then<Func<CertStatusDbContext, string?, string?, CancellationToken, int>>(
            (IQueryable<Renewal> query, CancellationToken _) => query.Count())));

    private static readonly Dictionary<CertificationSortOrder, CompiledQuery<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, int, int, IAsyncEnumerable<Certification>>>> CertificationPageQueries =
        Enum.GetValues<CertificationSortOrder>().ToDictionary(
            sort => sort,
            sort => new CompiledQuery<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, int, int, IAsyncEnumerable<Certification>>>(
                () => EF.CompileAsyncQuery(CertificationQueries.CertificationPage(sort))));

    private static readonly Dictionary<RenewalSortOrder, CompiledQuery<Func<CertStatusDbContext, string?, string?, int, int, IAsyncEnumerable<Renewal>>>> RenewalPageQueries =
        Enum.GetValues<RenewalSortOrder>().ToDictionary(
            sort => sort,
            sort => new CompiledQuery<Func<CertStatusDbContext, string?, string?, int, int, IAsyncEnumerable<Renewal>>>(
                () => EF.CompileAsyncQuery(CertificationQueries.RenewalPage(sort))));

    public Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken) =>
        FindQuery.For(dbContext)(dbContext, mentorId, cancellationToken);

    public Task<Certification?> FindForReadAsync(string mentorId, CancellationToken cancellationToken) =>
        FindForReadQuery.For(dbContext)(dbContext, mentorId, cancellationToken);

    public Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        FindByRenewalQuery.For(dbContext)(dbContext, renewalNumber, cancellationToken);

    public Task<Renewal?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        FindRenewalQuery.For(dbContext)(dbContext, renewalNumber, cancellationToken);

    public Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken) =>
        ExistsQuery.For(dbContext)(dbContext, mentorId, cancellationToken);

    public void Add(Certification certification) => dbContext.Certifications.Add(certification);

    public void Remove(Certification certification) => dbContext.Certifications.Remove(certification);

    public async Task<(IReadOnlyList<Certification> Items, int Total)> ListAsync(
        CertificationListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(page);

        var total = await CountCertificationsQuery.For(dbContext)(
            dbContext, criteria.CertificationType, criteria.ExpiresAfter, criteria.ExpiresAtOrBefore, cancellationToken);
        var items = await CertificationPageQueries[criteria.Sort].For(dbContext)(
                dbContext, criteria.CertificationType, criteria.ExpiresAfter, criteria.ExpiresAtOrBefore, page.Offset, page.Limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<(IReadOnlyList<Renewal> Items, int Total)> ListRenewalsAsync(
        RenewalListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(page);

        var total = await CountRenewalsQuery.For(dbContext)(dbContext, criteria.MentorId, criteria.ProcessedBy, cancellationToken);
        var items = await RenewalPageQueries[criteria.Sort].For(dbContext)(dbContext, criteria.MentorId, criteria.ProcessedBy, page.Offset, page.Limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
