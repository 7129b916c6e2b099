using System.Data.Common;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// Every list the API serves — each filter combination, each sort, its count and its page — reads
/// through an index on SQLite: the statements the repository really sends (compiled, with their
/// parameters) are captured and explained on the migrated schema. SQLite plans an empty table as
/// it plans a seeded one for these statements (docs/performance.md records the plans at 1M).
/// </summary>
public sealed class ListQueryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-plans-{Guid.NewGuid():N}.db");

    public static IEnumerable<TestCaseData> CertificationLists() =>
        from sort in Enum.GetValues<CertificationSortOrder>()
        from filters in new (string Name, CertificationListCriteria Criteria)[]
        {
            ("none", new(null, null, null, sort)),
            ("type", new("peer_mentor_standard", null, null, sort)),
            ("expiring", new(null, Now, Now.AddDays(30), sort)),
            ("expired", new(null, null, Now, sort)),
            ("type and expiring", new("peer_mentor_standard", Now, Now.AddDays(30), sort)),
        }
        select new TestCaseData(filters.Criteria).SetArgDisplayNames($"{filters.Name}, sort {sort}");

    public static IEnumerable<TestCaseData> RenewalLists() =>
        from sort in Enum.GetValues<RenewalSortOrder>()
        from filters in new (string Name, RenewalListCriteria Criteria)[]
        {
            ("none", new(null, null, sort)),
            ("mentor", new("mentor-1", null, sort)),
            ("processed by", new(null, "coordinator-7", sort)),
            ("mentor and processed by", new("mentor-1", "coordinator-7", sort)),
        }
        select new TestCaseData(filters.Criteria).SetArgDisplayNames($"{filters.Name}, sort {sort}");

    [OneTimeSetUp]
    public async Task CreateSchema()
    {
        await using var dbContext = ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite(ConnectionString));
        await dbContext.Database.MigrateAsync();
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [TestCaseSource(nameof(CertificationLists))]
    public async Task CertificationList_ReadsThroughAnIndex(CertificationListCriteria criteria)
    {
        var statements = await CaptureAsync(repository => repository.ListAsync(criteria, new PageRequest(2, 20), CancellationToken.None));

        await AssertEveryStatementUsesAnIndexAsync(statements);
    }

    [TestCaseSource(nameof(RenewalLists))]
    public async Task RenewalList_ReadsThroughAnIndex(RenewalListCriteria criteria)
    {
        var statements = await CaptureAsync(repository => repository.ListRenewalsAsync(criteria, new PageRequest(2, 20), CancellationToken.None));

        await AssertEveryStatementUsesAnIndexAsync(statements);
    }

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    private async Task<IReadOnlyList<Statement>> CaptureAsync(Func<CertificationRepository, Task> list)
    {
        var capture = new CommandCapture();
        await using var dbContext = ProviderContexts.Create(
            DatabaseProvider.Sqlite,
            options => options.UseSqlite(ConnectionString).AddInterceptors(capture));
        await list(new CertificationRepository(dbContext));
        return [.. capture.Commands];
    }

    private async Task AssertEveryStatementUsesAnIndexAsync(IReadOnlyList<Statement> statements)
    {
        Assert.That(statements, Has.Count.EqualTo(2), "the count and the page");
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            var plan = await ExplainAsync(connection, statement);
            Assert.That(
                plan.Where(line => IsTableScan(line) && !WalksTheRenewalsKey(statement.Sql)),
                Is.Empty,
                $"{statement.Sql}{Environment.NewLine}plan: {string.Join(" | ", plan)}");
        }
    }

    // "SCAN c" reads the whole table; "SCAN c USING [COVERING] INDEX …" walks an index in its
    // order and "SEARCH …" seeks in one.
    private static bool IsTableScan(string planLine) =>
        planLine.StartsWith("SCAN ", StringComparison.Ordinal) && !planLine.Contains(" USING ", StringComparison.Ordinal);

    // Renewals in renewal_id order walk the table itself: renewal_number is its integer primary
    // key, so the table is that index, and the page stops after its rows.
    private static bool WalksTheRenewalsKey(string sql) =>
        sql.Contains("FROM \"certification_renewals\"", StringComparison.Ordinal)
        && sql.Contains("ORDER BY \"c\".\"renewal_number\"", StringComparison.Ordinal);

    private static async Task<List<string>> ExplainAsync(SqliteConnection connection, Statement statement)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        foreach (var (name, value) in statement.Parameters)
        {
            explain.Parameters.AddWithValue(name, value);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<Statement> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Commands.Add(new Statement(
                command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(parameter => (parameter.ParameterName, parameter.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
