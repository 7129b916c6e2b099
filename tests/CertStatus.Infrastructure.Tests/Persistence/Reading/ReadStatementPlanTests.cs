using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Every statement the read side can send to SQLite — each lookup, and the total and page of each
/// filter combination, sort and page cut (offset or cursor) — reads through an index in the order
/// it answers: each is explained on the migrated schema, and neither a whole-table scan nor a sort
/// of the matches (a temporary B-tree for ORDER BY) passes. SQLite plans an empty table as it plans
/// a seeded one for these statements (docs/performance.md records the plans at 1M). The one
/// exception is chosen at run time and only when few rows match: the window that reads an expiry
/// range by its index and sorts it, for mentor_id order; it must seek that index and scan nothing.
/// </summary>
public sealed class ReadStatementPlanTests
{
    private static readonly string[] Parameters =
    [
        "@MentorId", "@Number", "@CertificationType", "@ExpiresAfter", "@ExpiresAtOrBefore", "@FullDaysFrom", "@FullDaysUntil",
        "@ProcessedBy", "@Offset", "@Take", "@AfterMentorId", "@AfterExpiryDate", "@AfterNumber", "@AfterRenewalDate",
        "@After", "@Through", "@Resource", "@ResourceId", "@Operation", "@ChangedAt", "@Data",
    ];

    private static readonly string[] NumberParameters = ["@Offset", "@Take", "@Number", "@AfterNumber", "@After", "@Through"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-plans-{Guid.NewGuid():N}.db");

    public static IEnumerable<TestCaseData> Statements() =>
        from statement in ReadStatements.Sqlite.All
        from single in statement.Sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        select new TestCaseData(statement.Name, single).SetArgDisplayNames(
            $"{statement.Name}: {(single.Contains("ORDER BY", StringComparison.Ordinal) ? "rows" : "total")}");

    /// <summary>The change feed's statements: each reads (or deletes) by the sequence or a primary key, never the whole table.</summary>
    public static IEnumerable<TestCaseData> FeedStatements() =>
        from statement in ChangeFeedStatements.Sqlite.All
        from single in statement.Sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((sql, index) => (sql, index))
        select new TestCaseData(statement.Name, single.sql).SetArgDisplayNames($"change feed, {statement.Name}: statement {single.index + 1}");

    [OneTimeSetUp]
    public async Task CreateSchema()
    {
        await using var dbContext = ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite(ConnectionString));
        await dbContext.Database.MigrateAsync();
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [Test]
    public void Statements_CoverEveryFilterCombinationAndSort()
    {
        // 2 lookups + (8 status filter combinations + 4 renewal ones) × 3 sorts × 2 page cuts,
        // + the 6 status filter combinations with an expiry range in mentor_id order × 2 page cuts.
        Assert.That(ReadStatements.Sqlite.All.Count(), Is.EqualTo(2 + (((8 * 3) + (4 * 3)) * 2) + (6 * 2)));
    }

    [TestCaseSource(nameof(Statements))]
    public async Task Statement_ReadsThroughAnIndex(string name, string sql)
    {
        var plan = await ExplainAsync(sql);
        var sortsFewMatches = name.EndsWith(ReadStatements.SortingFewMatches, StringComparison.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                plan.Where(line => IsTableScan(line) && !WalksTheRenewalsKey(sql) && !ReadsACountTable(line)),
                Is.Empty,
                $"{sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
            Assert.That(sortsFewMatches ? [] : plan.Where(SortsTheMatches), Is.Empty, $"{sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
            if (sortsFewMatches)
            {
                Assert.That(
                    plan,
                    Has.Some.Matches<string>(line => line.StartsWith("SEARCH certifications USING INDEX ix_certifications_", StringComparison.Ordinal)
                        && line.Contains("expiry_date_mentor_id (", StringComparison.Ordinal)
                        && (line.Contains("expiry_date>", StringComparison.Ordinal) || line.Contains("expiry_date<", StringComparison.Ordinal))),
                    $"{sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
            }
        }
    }

    [TestCaseSource(nameof(FeedStatements))]
    public async Task ChangeFeedStatement_ReadsThroughAnIndex(string name, string sql)
    {
        var plan = await ExplainAsync(sql);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Where(IsTableScan), Is.Empty, $"{name}: {sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
            Assert.That(plan.Where(SortsTheMatches), Is.Empty, $"{name}: {sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
        }
    }

    [Test]
    public async Task ChangeFeedPage_SeeksTheSequence()
    {
        var page = ChangeFeedStatements.Sqlite.PageAfter.Split(';')[0];

        var plan = await ExplainAsync(page);

        Assert.That(plan, Has.Some.StartsWith("SEARCH changes USING INTEGER PRIMARY KEY (rowid>?)"), string.Join(" | ", plan));
    }

    [Test]
    public async Task ChangeFeedStatement_WhenItReadsTheWholeTable_IsCaught()
    {
        var plan = await ExplainAsync("SELECT sequence FROM changes WHERE resource_id = @ResourceId ORDER BY sequence");

        Assert.That(plan.Any(IsTableScan), Is.True, "the check must see a whole-table scan: " + string.Join(" | ", plan));
    }

    [Test]
    public async Task Statement_WhenTheOrderHasNoIndex_IsCaught()
    {
        var sql = ReadStatements.Sqlite.All.Single(statement => statement.Name == "certifications where CertificationType order by ExpiryDate after a key").Sql;
        var rows = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
        var sortedInMemory = rows.Replace("FROM certifications", "FROM certifications INDEXED BY ix_certifications_certification_type_mentor_id_expiry_date", StringComparison.Ordinal);

        var plan = await ExplainAsync(sortedInMemory);

        Assert.That(plan.Any(SortsTheMatches), Is.True, "the check must see the sort: " + string.Join(" | ", plan));
    }

    [Test]
    public async Task Statement_WhenAnIndexIsMissing_IsCaught()
    {
        var sql = ReadStatements.Sqlite.All.Single(statement => statement.Name == "certifications where CertificationType order by MentorId from an offset").Sql;
        var rows = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
        var withoutIndex = rows.Replace("FROM certifications", "FROM certifications NOT INDEXED", StringComparison.Ordinal);

        var plan = await ExplainAsync(withoutIndex);

        Assert.That(plan.Any(IsTableScan), Is.True, "the check must see a whole-table scan: " + string.Join(" | ", plan));
    }

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    // "SCAN c" reads the whole table; "SCAN c USING [COVERING] INDEX …" walks an index in its
    // order and "SEARCH …" seeks in one.
    // ("SCAN CONSTANT ROW" is the SELECT without FROM that adds up a total's parts.)
    private static bool IsTableScan(string planLine) =>
        planLine.StartsWith("SCAN ", StringComparison.Ordinal)
        && !planLine.Contains(" USING ", StringComparison.Ordinal)
        && planLine != "SCAN CONSTANT ROW";

    private static bool SortsTheMatches(string planLine) => planLine.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal);

    // The count tables hold a row per type and expiry day, or per processed_by: summing them whole
    // is what they are for, and costs the same whatever the number of certifications.
    private static bool ReadsACountTable(string planLine) =>
        CountTables.Columns.Keys.Any(table => planLine.StartsWith($"SCAN {table}", StringComparison.Ordinal));

    // Renewals in renewal_id order walk the table itself: renewal_number is its integer primary
    // key, so the table is that index, and the page stops after its rows.
    private static bool WalksTheRenewalsKey(string sql) =>
        sql.Contains("FROM certification_renewals", StringComparison.Ordinal)
        && sql.Contains("ORDER BY renewal_number", StringComparison.Ordinal);

    private async Task<List<string>> ExplainAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in Parameters.Where(parameter => sql.Contains(parameter, StringComparison.Ordinal)))
        {
            explain.Parameters.AddWithValue(parameter, NumberParameters.Contains(parameter) ? 20 : "2026-11-30 00:00:00");
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
