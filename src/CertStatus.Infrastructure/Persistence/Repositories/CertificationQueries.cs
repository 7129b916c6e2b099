using System.Linq.Expressions;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>
/// Every query the write repository runs, written once as an expression with its parameters: the
/// repository runs each one compiled (<see cref="CompiledQuery{TDelegate}"/>) and the tests
/// translate each one on every provider (<c>ToQueryString()</c>) without a database server.
/// Queries that serve GET requests are not here: they are the read side's (<c>Persistence/Reading</c>).
/// </summary>
internal static class CertificationQueries
{
    public static readonly Expression<Func<CertStatusDbContext, string, IQueryable<Certification>>> Certification =
        (dbContext, mentorId) => dbContext.Certifications.Where(c => c.MentorId == mentorId);

    public static readonly Expression<Func<CertStatusDbContext, string, IQueryable<Certification>>> CertificationWithRenewals =
        (dbContext, mentorId) => dbContext.Certifications.Include(c => c.Renewals).Where(c => c.MentorId == mentorId);

    public static readonly Expression<Func<CertStatusDbContext, long, IQueryable<Certification>>> CertificationOwningRenewal =
        (dbContext, renewalNumber) => dbContext.Certifications.Include(c => c.Renewals).Where(c => c.Renewals.Any(r => r.Number == renewalNumber));
}
