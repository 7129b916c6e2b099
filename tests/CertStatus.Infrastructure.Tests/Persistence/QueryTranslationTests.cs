using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// Every query the repository runs translates to SQL on every provider, filters and sorts
/// included, so nothing is evaluated in memory. ToQueryString opens no connection. The repository
/// runs these same expressions compiled; here each is turned into a query for given values.
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
            Assert.That(Sql(CertificationQueries.Certification.Compile()(_dbContext, "mentor-1")), Does.Contain("WHERE").And.Contain("mentor_id"));
            Assert.That(Sql(CertificationQueries.CertificationForRead.Compile()(_dbContext, "mentor-1")), Does.Contain("mentor_id").And.Not.Contain("certification_renewals"));
            Assert.That(Sql(CertificationQueries.CertificationWithRenewals.Compile()(_dbContext, "mentor-1")), Does.Contain("certification_renewals"));
            Assert.That(Sql(CertificationQueries.CertificationOwningRenewal.Compile()(_dbContext, 42)), Does.Contain("EXISTS"));
            Assert.That(Sql(CertificationQueries.Renewal.Compile()(_dbContext, 42)), Does.Contain("renewal_number"));
        });
    }

    [TestCase(CertificationSortOrder.MentorId, "mentor_id")]
    [TestCase(CertificationSortOrder.ExpiryDate, "expiry_date")]
    [TestCase(CertificationSortOrder.ExpiryDateDescending, "expiry_date")]
    public void CertificationPage_WithEveryFilter_TranslatesFiltersSortAndPaging(CertificationSortOrder sort, string sortColumn)
    {
        var sql = Sql(CertificationQueries.CertificationPage(sort).Compile()(_dbContext, "peer_mentor_standard", Now, Now.AddDays(30), 40, 20));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("certification_type"));
            Assert.That(sql, Does.Contain("expiry_date").And.Contain(">").And.Contain("<="));
            Assert.That(sql, Does.Match($@"ORDER BY .*{sortColumn}"));
            Assert.That(sql, Does.Contain(provider == DatabaseProvider.SqlServer ? "OFFSET" : "LIMIT"));
            Assert.That(sql, Does.Not.Contain("IS NULL"), "a filter that is given is a plain comparison");
        });
    }

    [Test]
    public void MatchingCertifications_LeavesAbsentFiltersOutOfTheSql()
    {
        var where = WhereClause(Sql(CertificationQueries.MatchingCertifications.Compile()(_dbContext, null, Now, null)));

        Assert.Multiple(() =>
        {
            Assert.That(where, Does.Contain("expiry_date").And.Contain(">"));
            Assert.That(where, Does.Not.Contain("certification_type").And.Not.Contain("<="));
            Assert.That(where, Does.Not.Contain("IS NULL"));
        });
    }

    [Test]
    public void CertificationPage_WithoutFilters_HasNoWhereClause()
    {
        var sql = Sql(CertificationQueries.CertificationPage(CertificationSortOrder.MentorId).Compile()(_dbContext, null, null, null, 0, 20));

        Assert.That(sql, Does.Not.Contain("WHERE"));
    }

    [Test]
    public void MatchingRenewals_LeavesAbsentFiltersOutOfTheSql()
    {
        var where = WhereClause(Sql(CertificationQueries.MatchingRenewals.Compile()(_dbContext, "mentor-1", null)));

        Assert.Multiple(() =>
        {
            Assert.That(where, Does.Contain("mentor_id").And.Not.Contain("processed_by"));
            Assert.That(where, Does.Not.Contain("IS NULL"));
        });
    }

    [TestCase(RenewalSortOrder.RenewalId, "renewal_number")]
    [TestCase(RenewalSortOrder.RenewalDate, "renewal_date")]
    [TestCase(RenewalSortOrder.RenewalDateDescending, "renewal_date")]
    public void RenewalPage_WithEveryFilter_TranslatesFiltersSortAndPaging(RenewalSortOrder sort, string sortColumn)
    {
        var sql = Sql(CertificationQueries.RenewalPage(sort).Compile()(_dbContext, "mentor-1", "coordinator-7", 50, 50));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("mentor_id").And.Contain("processed_by"));
            Assert.That(sql, Does.Match($@"ORDER BY .*{sortColumn}"));
            Assert.That(sql, Does.Contain(provider == DatabaseProvider.SqlServer ? "OFFSET" : "LIMIT"));
            Assert.That(sql, Does.Not.Contain("IS NULL"), "a filter that is given is a plain comparison");
        });
    }

    private static string Sql<T>(IQueryable<T> query) => query.ToQueryString().ReplaceLineEndings(" ");

    private static string WhereClause(string sql) =>
        sql.Contains(" WHERE ", StringComparison.Ordinal) ? sql[sql.IndexOf(" WHERE ", StringComparison.Ordinal)..] : string.Empty;
}
