using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Every statement the read side can send to SQLite — each lookup, and the count and page of each
/// filter combination and sort — reads through an index: each is explained on the migrated schema.
/// SQLite plans an empty table as it plans a seeded one for these statements (docs/performance.md
/// records the plans at 1M).
/// </summary>
public sealed class ReadStatementPlanTests
{
    private static readonly string[] Parameters =
        ["@MentorId", "@Number", "@CertificationType", "@ExpiresAfter", "@ExpiresAtOrBefore", "@ProcessedBy", "@Offset", "@Limit"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-plans-{Guid.NewGuid():N}.db");

    public static IEnumerable<TestCaseData> Statements() =>
        from statement in ReadStatements.Sqlite.All
        from single in statement.Sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        select new TestCaseData(single).SetArgDisplayNames(
            $"{statement.Name}: {(single.StartsWith("SELECT COUNT", StringComparison.Ordinal) ? "count" : "rows")}");

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
        // 2 lookups + 8 status filter combinations × 3 sorts + 4 renewal filter combinations × 3 sorts.
        Assert.That(ReadStatements.Sqlite.All.Count(), Is.EqualTo(2 + (8 * 3) + (4 * 3)));
    }

    [TestCaseSource(nameof(Statements))]
    public async Task Statement_ReadsThroughAnIndex(string sql)
    {
        var plan = await ExplainAsync(sql);

        Assert.That(
            plan.Where(line => IsTableScan(line) && !WalksTheRenewalsKey(sql)),
            Is.Empty,
            $"{sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
    }

    [Test]
    public async Task Statement_WhenAnIndexIsMissing_IsCaught()
    {
        var sql = ReadStatements.Sqlite.All.Single(statement => statement.Name == "certifications where CertificationType order by MentorId").Sql;
        var rows = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
        var withoutIndex = rows.Replace("FROM certifications", "FROM certifications NOT INDEXED", StringComparison.Ordinal);

        var plan = await ExplainAsync(withoutIndex);

        Assert.That(plan.Any(IsTableScan), Is.True, "the check must see a whole-table scan: " + string.Join(" | ", plan));
    }

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    // "SCAN c" reads the whole table; "SCAN c USING [COVERING] INDEX …" walks an index in its
    // order and "SEARCH …" seeks in one.
    private static bool IsTableScan(string planLine) =>
        planLine.StartsWith("SCAN ", StringComparison.Ordinal) && !planLine.Contains(" USING ", StringComparison.Ordinal);

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
            explain.Parameters.AddWithValue(parameter, parameter is "@Offset" or "@Limit" or "@Number" ? 20 : "2026-11-30 00:00:00");
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
