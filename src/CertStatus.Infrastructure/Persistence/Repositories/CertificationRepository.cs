using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

internal sealed class CertificationRepository(CertStatusDbContext dbContext) : ICertificationRepository
{
    public Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken) =>
        CertificationQueries.CertificationWithRenewals(dbContext, mentorId).SingleOrDefaultAsync(cancellationToken);

    public Task<Certification?> FindForReadAsync(string mentorId, CancellationToken cancellationToken) =>
        CertificationQueries.CertificationForRead(dbContext, mentorId).SingleOrDefaultAsync(cancellationToken);

    public Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        CertificationQueries.CertificationOwningRenewal(dbContext, renewalNumber).SingleOrDefaultAsync(cancellationToken);

    public Task<Renewal?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        CertificationQueries.Renewal(dbContext, renewalNumber).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken) =>
        CertificationQueries.Certification(dbContext, mentorId).AnyAsync(cancellationToken);

    public void Add(Certification certification) => dbContext.Certifications.Add(certification);

    public void Remove(Certification certification) => dbContext.Certifications.Remove(certification);

    public async Task<(IReadOnlyList<Certification> Items, int Total)> ListAsync(
        CertificationListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var total = await CertificationQueries.MatchingCertifications(dbContext, criteria).CountAsync(cancellationToken);
        var items = await CertificationQueries.CertificationPage(dbContext, criteria, page).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<(IReadOnlyList<Renewal> Items, int Total)> ListRenewalsAsync(
        RenewalListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var total = await CertificationQueries.MatchingRenewals(dbContext, criteria).CountAsync(cancellationToken);
        var items = await CertificationQueries.RenewalPage(dbContext, criteria, page).ToListAsync(cancellationToken);
        return (items, total);
    }
}
