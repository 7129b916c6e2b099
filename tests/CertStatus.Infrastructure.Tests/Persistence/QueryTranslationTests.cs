using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// Every query the repository runs translates to SQL on every provider, filters and sorts
/// included, so nothing is evaluated in memory. ToQueryString opens no connection.
/// </summary>
[TestFixtureSource(typeof(ProviderContexts), nameof(ProviderContexts.All))]
public sealed class QueryTranslationTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 26, 0, 0, 0, TimeSpan.Zero);
    private CertStatusDbContext _dbContext = null!;

    [SetUp]
    public void CreateContext() => _dbContext = ProviderContexts.Create(provider);

    [TearDown]
    public void DisposeContext() => _dbContext.Dispose();

    [Test]
    public void SingleCertificationQueries_FilterByMentorIdInSql()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sql(CertificationQueries.Certification(_dbContext, "mentor-1")), Does.Contain("WHERE").And.Contain("mentor_id"));
            Assert.That(Sql(CertificationQueries.CertificationForRead(_dbContext, "mentor-1")), Does.Contain("mentor_id").And.Not.Contain("certification_renewals"));
            Assert.That(Sql(CertificationQueries.CertificationWithRenewals(_dbContext, "mentor-1")), Does.Contain("certification_renewals"));
            Assert.That(Sql(CertificationQueries.CertificationOwningRenewal(_dbContext, 42)), Does.Contain("EXISTS"));
            Assert.That(Sql(CertificationQueries.Renewal(_dbContext, 42)), Does.Contain("renewal_number"));
        });
    }

    [TestCase(CertificationSortOrder.MentorId, "mentor_id")]
    [TestCase(CertificationSortOrder.ExpiryDate, "expiry_date")]
    [TestCase(CertificationSortOrder.ExpiryDateDescending, "expiry_date")]
    public void CertificationPage_WithEveryFilter_TranslatesFiltersSortAndPaging(CertificationSortOrder sort, string sortColumn)
    {
        var criteria = new CertificationListCriteria("peer_mentor_standard", Now, Now.AddDays(30), sort);

        var sql = Sql(CertificationQueries.CertificationPage(_dbContext, criteria, new PageRequest(3, 20)));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("certification_type"));
            Assert.That(sql, Does.Contain("expiry_date").And.Contain(">").And.Contain("<="));
            Assert.That(sql, Does.Match($@"ORDER BY .*{sortColumn}"));
            Assert.That(sql, Does.Contain(provider == DatabaseProvider.SqlServer ? "OFFSET" : "LIMIT"));
        });
    }

    [Test]
    public void MatchingCertifications_CountsInSql()
    {
        var criteria = new CertificationListCriteria(null, Now, null, CertificationSortOrder.MentorId);

        var sql = Sql(CertificationQueries.MatchingCertifications(_dbContext, criteria));

        Assert.That(sql, Does.Contain("WHERE").And.Contain("expiry_date"));
    }

    [TestCase(RenewalSortOrder.RenewalId, "renewal_number")]
    [TestCase(RenewalSortOrder.RenewalDate, "renewal_date")]
    [TestCase(RenewalSortOrder.RenewalDateDescending, "renewal_date")]
    public void RenewalPage_WithEveryFilter_TranslatesFiltersSortAndPaging(RenewalSortOrder sort, string sortColumn)
    {
        var criteria = new RenewalListCriteria("mentor-1", "coordinator-7", sort);

        var sql = Sql(CertificationQueries.RenewalPage(_dbContext, criteria, new PageRequest(2, 50)));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("mentor_id").And.Contain("processed_by"));
            Assert.That(sql, Does.Match($@"ORDER BY .*{sortColumn}"));
            Assert.That(sql, Does.Contain(provider == DatabaseProvider.SqlServer ? "OFFSET" : "LIMIT"));
        });
    }

    private static string Sql<T>(IQueryable<T> query) => query.ToQueryString().ReplaceLineEndings(" ");
}
