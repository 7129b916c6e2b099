using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// Every query the write repository runs translates to SQL on every provider, so nothing is
/// evaluated in memory. ToQueryString opens no connection. The repository
/// runs these same expressions compiled; here each is turned into a query for given values.
/// </summary>
[TestFixtureSource(typeof(ProviderContexts), nameof(ProviderContexts.All))]
public sealed class QueryTranslationTests(DatabaseProvider provider)
{
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
            Assert.That(Sql(CertificationQueries.CertificationWithRenewals.Compile()(_dbContext, "mentor-1")), Does.Contain("certification_renewals"));
            Assert.That(Sql(CertificationQueries.CertificationOwningRenewal.Compile()(_dbContext, 42)), Does.Contain("EXISTS"));
        });
    }

    private static string Sql<T>(IQueryable<T> query) => query.ToQueryString().ReplaceLineEndings(" ");
}
