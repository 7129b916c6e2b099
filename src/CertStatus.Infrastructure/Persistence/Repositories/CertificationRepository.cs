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
        dbContext.Certifications
            .Include(c => c.Renewals)
            .SingleOrDefaultAsync(c => c.MentorId == mentorId, cancellationToken);

    public Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        dbContext.Certifications
            .Include(c => c.Renewals)
            .SingleOrDefaultAsync(c => c.Renewals.Any(r => r.Number == renewalNumber), cancellationToken);

    public Task<Renewal?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        dbContext.Renewals.AsNoTracking().SingleOrDefaultAsync(r => r.Number == renewalNumber, cancellationToken);

    public Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken) =>
        dbContext.Certifications.AnyAsync(c => c.MentorId == mentorId, cancellationToken);

    public void Add(Certification certification) => dbContext.Certifications.Add(certification);

    public void Remove(Certification certification) => dbContext.Certifications.Remove(certification);

    public async Task<(IReadOnlyList<Certification> Items, int Total)> ListAsync(
        CertificationListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var filtered = Filter(dbContext.Certifications.AsNoTracking(), criteria);

        var total = await filtered.CountAsync(cancellationToken);
        var items = await Order(filtered, criteria.Sort)
            .Skip(page.Offset)
            .Take(page.Limit)
            .ToListAsync(cancellationToken);

        return (items, total);
    }

    public async Task<(IReadOnlyList<Renewal> Items, int Total)> ListRenewalsAsync(
        RenewalListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var filtered = FilterRenewals(dbContext.Renewals.AsNoTracking(), criteria);

        var total = await filtered.CountAsync(cancellationToken);
        var items = await OrderRenewals(filtered, criteria.Sort)
            .Skip(page.Offset)
            .Take(page.Limit)
            .ToListAsync(cancellationToken);

        return (items, total);
    }

    internal static IQueryable<Renewal> FilterRenewals(IQueryable<Renewal> query, RenewalListCriteria criteria)
    {
        if (criteria.MentorId is { } mentorId)
        {
            query = query.Where(r => r.MentorId == mentorId);
        }

        if (criteria.ProcessedBy is { } processedBy)
        {
            query = query.Where(r => r.ProcessedBy == processedBy);
        }

        return query;
    }

    internal static IQueryable<Renewal> OrderRenewals(IQueryable<Renewal> query, RenewalSortOrder sort) => sort switch
    {
        RenewalSortOrder.RenewalDate => query.OrderBy(r => r.RenewalDate).ThenBy(r => r.Number),
        RenewalSortOrder.RenewalDateDescending => query.OrderByDescending(r => r.RenewalDate).ThenByDescending(r => r.Number),
        _ => query.OrderBy(r => r.Number),
    };

    internal static IQueryable<Certification> Filter(IQueryable<Certification> query, CertificationListCriteria criteria)
    {
        if (criteria.CertificationType is { } type)
        {
            query = query.Where(c => c.CertificationType == type);
        }

        if (criteria.ExpiresAfter is { } after)
        {
            query = query.Where(c => c.ExpiryDate > after);
        }

        if (criteria.ExpiresAtOrBefore is { } atOrBefore)
        {
            query = query.Where(c => c.ExpiryDate <= atOrBefore);
        }

        return query;
    }

    internal static IQueryable<Certification> Order(IQueryable<Certification> query, CertificationSortOrder sort) => sort switch
    {
        CertificationSortOrder.ExpiryDate => query.OrderBy(c => c.ExpiryDate).ThenBy(c => c.MentorId),
        CertificationSortOrder.ExpiryDateDescending => query.OrderByDescending(c => c.ExpiryDate).ThenByDescending(c => c.MentorId),
        _ => query.OrderBy(c => c.MentorId),
    };
}
