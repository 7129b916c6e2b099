using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>
/// Every query the repository runs, built apart from its execution so that tests can translate
/// each one on every provider (<c>ToQueryString()</c>) without a database server.
/// </summary>
internal static class CertificationQueries
{
    public static IQueryable<Certification> Certification(CertStatusDbContext dbContext, string mentorId) =>
        dbContext.Certifications.Where(c => c.MentorId == mentorId);

    /// <summary>One certification without its renewals and untracked: for queries, which change nothing.</summary>
    public static IQueryable<Certification> CertificationForRead(CertStatusDbContext dbContext, string mentorId) =>
        dbContext.Certifications.AsNoTracking().Where(c => c.MentorId == mentorId);

    public static IQueryable<Certification> CertificationWithRenewals(CertStatusDbContext dbContext, string mentorId) =>
        dbContext.Certifications.Include(c => c.Renewals).Where(c => c.MentorId == mentorId);

    public static IQueryable<Certification> CertificationOwningRenewal(CertStatusDbContext dbContext, long renewalNumber) =>
        dbContext.Certifications.Include(c => c.Renewals).Where(c => c.Renewals.Any(r => r.Number == renewalNumber));

    public static IQueryable<Renewal> Renewal(CertStatusDbContext dbContext, long renewalNumber) =>
        dbContext.Renewals.AsNoTracking().Where(r => r.Number == renewalNumber);

    public static IQueryable<Certification> MatchingCertifications(CertStatusDbContext dbContext, CertificationListCriteria criteria)
    {
        var query = dbContext.Certifications.AsNoTracking();

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

    public static IQueryable<Certification> CertificationPage(
        CertStatusDbContext dbContext,
        CertificationListCriteria criteria,
        PageRequest page)
    {
        var matching = MatchingCertifications(dbContext, criteria);
        var ordered = criteria.Sort switch
        {
            CertificationSortOrder.ExpiryDate => matching.OrderBy(c => c.ExpiryDate).ThenBy(c => c.MentorId),
            CertificationSortOrder.ExpiryDateDescending => matching.OrderByDescending(c => c.ExpiryDate).ThenByDescending(c => c.MentorId),
            _ => matching.OrderBy(c => c.MentorId),
        };

        return ordered.Skip(page.Offset).Take(page.Limit);
    }

    public static IQueryable<Renewal> MatchingRenewals(CertStatusDbContext dbContext, RenewalListCriteria criteria)
    {
        var query = dbContext.Renewals.AsNoTracking();

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

    public static IQueryable<Renewal> RenewalPage(CertStatusDbContext dbContext, RenewalListCriteria criteria, PageRequest page)
    {
        var matching = MatchingRenewals(dbContext, criteria);
        var ordered = criteria.Sort switch
        {
            RenewalSortOrder.RenewalDate => matching.OrderBy(r => r.RenewalDate).ThenBy(r => r.Number),
            RenewalSortOrder.RenewalDateDescending => matching.OrderByDescending(r => r.RenewalDate).ThenByDescending(r => r.Number),
            _ => matching.OrderBy(r => r.Number),
        };

        return ordered.Skip(page.Offset).Take(page.Limit);
    }
}
