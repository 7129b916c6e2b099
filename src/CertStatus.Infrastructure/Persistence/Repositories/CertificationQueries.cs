using System.Linq.Expressions;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>
/// Every query the repository runs, written once as an expression with its parameters: the
/// repository runs each one compiled (<see cref="CompiledQuery{TDelegate}"/>) and the tests
/// translate each one on every provider (<c>ToQueryString()</c>) without a database server.
/// </summary>
/// <remarks>
/// List filters are parameters that are null when the filter is absent. EF Core builds the SQL for
/// the parameter values at hand and drops the test of a null one, so each combination of filters
/// gets plain comparisons that the indexes serve, not <c>@p IS NULL OR …</c>.
/// </remarks>
internal static class CertificationQueries
{
    public static readonly Expression<Func<CertStatusDbContext, string, IQueryable<Certification>>> Certification =
        (dbContext, mentorId) => dbContext.Certifications.Where(c => c.MentorId == mentorId);

    /// <summary>One certification without its renewals and untracked: for queries, which change nothing.</summary>
    public static readonly Expression<Func<CertStatusDbContext, string, IQueryable<Certification>>> CertificationForRead =
        (dbContext, mentorId) => dbContext.Certifications.AsNoTracking().Where(c => c.MentorId == mentorId);

    public static readonly Expression<Func<CertStatusDbContext, string, IQueryable<Certification>>> CertificationWithRenewals =
        (dbContext, mentorId) => dbContext.Certifications.Include(c => c.Renewals).Where(c => c.MentorId == mentorId);

    public static readonly Expression<Func<CertStatusDbContext, long, IQueryable<Certification>>> CertificationOwningRenewal =
        (dbContext, renewalNumber) => dbContext.Certifications.Include(c => c.Renewals).Where(c => c.Renewals.Any(r => r.Number == renewalNumber));

    public static readonly Expression<Func<CertStatusDbContext, long, IQueryable<Renewal>>> Renewal =
        (dbContext, renewalNumber) => dbContext.Renewals.AsNoTracking().Where(r => r.Number == renewalNumber);

    /// <summary>Certifications of a type (or any) expiring after and at or before the given instants (or unbounded).</summary>
    public static readonly Expression<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, IQueryable<Certification>>> MatchingCertifications =
        (dbContext, certificationType, expiresAfter, expiresAtOrBefore) => dbContext.Certifications.AsNoTracking()
            .Where(c => certificationType == null || c.CertificationType == certificationType)
            .Where(c => expiresAfter == null || c.ExpiryDate > expiresAfter)
            .Where(c => expiresAtOrBefore == null || c.ExpiryDate <= expiresAtOrBefore);

    /// <summary>Renewals of a mentor (or any) processed by someone (or anyone).</summary>
    public static readonly Expression<Func<CertStatusDbContext, string?, string?, IQueryable<Renewal>>> MatchingRenewals =
        (dbContext, mentorId, processedBy) => dbContext.Renewals.AsNoTracking()
            .Where(r => mentorId == null || r.MentorId == mentorId)
            .Where(r => processedBy == null || r.ProcessedBy == processedBy);

    /// <summary>A page of <see cref="MatchingCertifications"/> in the given order; the last two parameters are offset and limit.</summary>
    public static Expression<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, int, int, IQueryable<Certification>>> CertificationPage(
        CertificationSortOrder sort) => MatchingCertifications.Then<Func<CertStatusDbContext, string?, DateTimeOffset?, DateTimeOffset?, int, int, IQueryable<Certification>>>(sort switch
        {
            CertificationSortOrder.ExpiryDate => (IQueryable<Certification> matching, int offset, int limit) =>
                matching.OrderBy(c => c.ExpiryDate).ThenBy(c => c.MentorId).Skip(offset).Take(limit),
            CertificationSortOrder.ExpiryDateDescending => (IQueryable<Certification> matching, int offset, int limit) =>
                matching.OrderByDescending(c => c.ExpiryDate).ThenByDescending(c => c.MentorId).Skip(offset).Take(limit),
            _ => (IQueryable<Certification> matching, int offset, int limit) =>
                matching.OrderBy(c => c.MentorId).Skip(offset).Take(limit),
        });

    /// <summary>A page of <see cref="MatchingRenewals"/> in the given order; the last two parameters are offset and limit.</summary>
    public static Expression<Func<CertStatusDbContext, string?, string?, int, int, IQueryable<Renewal>>> RenewalPage(RenewalSortOrder sort) =>
        MatchingRenewals.Then<Func<CertStatusDbContext, string?, string?, int, int, IQueryable<Renewal>>>(sort switch
        {
            RenewalSortOrder.RenewalDate => (IQueryable<Renewal> matching, int offset, int limit) =>
                matching.OrderBy(r => r.RenewalDate).ThenBy(r => r.Number).Skip(offset).Take(limit),
            RenewalSortOrder.RenewalDateDescending => (IQueryable<Renewal> matching, int offset, int limit) =>
                matching.OrderByDescending(r => r.RenewalDate).ThenByDescending(r => r.Number).Skip(offset).Take(limit),
            _ => (IQueryable<Renewal> matching, int offset, int limit) =>
                matching.OrderBy(r => r.Number).Skip(offset).Take(limit),
        });
}
