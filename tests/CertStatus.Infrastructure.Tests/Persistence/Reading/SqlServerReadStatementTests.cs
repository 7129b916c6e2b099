using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Reading;
using CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Every statement the read side can send to SQL Server parses with the current T-SQL parser and
/// names only tables and columns of the SQL Server model: no server runs here to refuse them.
/// </summary>
public sealed class SqlServerReadStatementTests
{
    public static IEnumerable<TestCaseData> Statements() =>
        ReadStatements.SqlServer.All.Select(statement => new TestCaseData(statement.Sql).SetArgDisplayNames(statement.Name));

    public static IEnumerable<TestCaseData> FeedStatements() =>
        ChangeFeedStatements.SqlServer.All.Select(statement => new TestCaseData(statement.Sql).SetArgDisplayNames($"change feed, {statement.Name}"));

    [TestCaseSource(nameof(Statements))]
    public void Statement_ParsesAndNamesOnlyTheModel(string sql) => TSqlStatements.AssertValid(sql, "read statement");

    [TestCaseSource(nameof(FeedStatements))]
    public void ChangeFeedStatement_ParsesAndNamesOnlyTheModel(string sql) => TSqlStatements.AssertValid(sql, "change feed statement");

    [Test]
    public void ChangeFeedReads_StayBelowTheLowestActiveRowVersion()
    {
        var statements = ChangeFeedStatements.SqlServer;

        using (Assert.EnterMultipleScope())
        {
            foreach (var reading in new[] { statements.PageAfter, statements.OldestAfter })
            {
                Assert.That(reading, Does.StartWith("DECLARE @Committed binary(8) = MIN_ACTIVE_ROWVERSION(); SELECT "), "the bound is read before the rows");
                Assert.That(reading, Does.Contain("AND row_version < @Committed ORDER BY row_version "));
            }

            Assert.That(statements.Latest, Does.Contain("MIN_ACTIVE_ROWVERSION()"));
        }
    }

    [Test]
    public void Statements_CutPagesTheSqlServerWay()
    {
        var pages = ReadStatements.SqlServer.All.Where(statement => statement.Sql.Contains("ORDER BY", StringComparison.Ordinal)).ToList();

        Assert.That(pages, Has.Count.EqualTo(((8 * 3) + (4 * 3)) * 2));
        Assert.That(
            pages.Where(page => page.Name.EndsWith("from an offset", StringComparison.Ordinal)).Select(page => page.Sql).ToList(),
            Has.Count.EqualTo((8 * 3) + (4 * 3)).And.All.Contains("OFFSET @Offset ROWS FETCH NEXT @Take ROWS ONLY"));
        Assert.That(
            pages.Where(page => page.Name.EndsWith("after a key", StringComparison.Ordinal)).Select(page => page.Sql).ToList(),
            Has.Count.EqualTo((8 * 3) + (4 * 3)).And.All.Contains("OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY"));
    }

    [Test]
    public void Statements_ReadTheIndexedViewsAsStored()
    {
        var totals = ReadStatements.SqlServer.All.Where(statement => statement.Sql.Contains("_counts", StringComparison.Ordinal)).ToList();

        Assert.That(totals, Is.Not.Empty);
        Assert.That(totals.Select(total => total.Sql), Has.All.Contains("_counts WITH (NOEXPAND)"));
    }
}
