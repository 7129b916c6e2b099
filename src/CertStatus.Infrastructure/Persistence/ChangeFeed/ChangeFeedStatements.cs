using System.Data;
using System.Data.Common;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// Every statement of the change feed for one provider: appending a change (in the unit of work's
/// transaction), the feed's latest position, a page after a position, and the retention clean-up.
/// A position is <c>sequence</c> on SQLite, where one writer at a time makes it commit-ordered, and
/// the <c>row_version</c> of the row on SQL Server, read only below <c>MIN_ACTIVE_ROWVERSION()</c>
/// so that no reader passes a change whose transaction has not committed
/// (docs/adr/0004-change-feed.md). <see cref="All"/> lets the tests explain every SQLite
/// statement and parse every T-SQL one.
/// </summary>
internal sealed class ChangeFeedStatements
{
    private readonly Func<string, object?, DbType, DbParameter> _parameter;
    private readonly Func<DateTimeOffset, (object Value, DbType Type)> _instant;

    private ChangeFeedStatements(
        string provider,
        string position,
        string order,
        string after,
        string through,
        string committed,
        string prelude,
        string page,
        string latest,
        Func<string, object?, DbType, DbParameter> parameter,
        Func<DateTimeOffset, (object Value, DbType Type)> instant)
    {
        Provider = provider;
        _parameter = parameter;
        _instant = instant;
        var columns = $"{position} AS Position, resource AS Resource, resource_id AS ResourceId, operation AS Operation, changed_at AS ChangedAt, data AS Data";
        var unread = $"{after}{committed}";
        Latest = latest;
        PageAfter = $"{prelude}SELECT {columns} FROM changes WHERE {unread} ORDER BY {order} {page}; {PrunedThrough}";
        OldestAfter = $"{prelude}SELECT {position} AS Position, changed_at AS ChangedAt FROM changes WHERE {unread} ORDER BY {order} {page};";
        Prune = $"DELETE FROM changes WHERE {after} AND {through}; "
            + $"UPDATE change_feed_state SET pruned_through = @Through WHERE id = {ChangeFeedState.SingleRowId} AND pruned_through < @Through;";
    }

    public static ChangeFeedStatements Sqlite { get; } = new(
        "Sqlite",
        position: "sequence",
        order: "sequence",
        after: "sequence > @After",
        through: "sequence <= @Through",
        committed: string.Empty,
        prelude: string.Empty,
        page: ReadDialect.Sqlite.KeysetPage,
        latest: $"SELECT MAX(COALESCE((SELECT MAX(sequence) FROM changes), 0), pruned_through) FROM change_feed_state WHERE id = {ChangeFeedState.SingleRowId};",
        parameter: (name, value, type) => new SqliteParameter(name, value ?? DBNull.Value) { DbType = type },
        instant: instant => (SqliteInstants.Format(instant), DbType.String));

    // The bound is read by a statement of its own before the rows: under read committed snapshot
    // each statement sees the rows committed when it starts, so every row below a bound read
    // earlier is visible to it. Read in the same statement, a transaction committing between the
    // snapshot and the bound would be below the bound yet unseen, and passed.
    public static ChangeFeedStatements SqlServer { get; } = new(
        "SqlServer",
        position: "CAST(row_version AS bigint)",
        order: "row_version",
        after: "row_version > CAST(@After AS binary(8))",
        through: "row_version <= CAST(@Through AS binary(8))",
        committed: " AND row_version < @Committed",
        prelude: "DECLARE @Committed binary(8) = MIN_ACTIVE_ROWVERSION(); ",
        page: ReadDialect.SqlServer.KeysetPage,
        latest: "SELECT CAST(MIN_ACTIVE_ROWVERSION() AS bigint) - 1;",
        parameter: (name, value, type) => new SqlParameter(name, value ?? DBNull.Value) { DbType = type },
        instant: instant => (instant.UtcDateTime, DbType.DateTime2));

    public string Provider { get; }

    /// <summary>Appends one change: <c>@Resource</c>, <c>@ResourceId</c>, <c>@Operation</c>, <c>@ChangedAt</c>, <c>@Data</c>.</summary>
    public string Append { get; } =
        "INSERT INTO changes (resource, resource_id, operation, changed_at, data) VALUES (@Resource, @ResourceId, @Operation, @ChangedAt, @Data);";

    /// <summary>The position of the feed now: every change at or before it has committed.</summary>
    public string Latest { get; }

    /// <summary>The position the retention clean-up has deleted through.</summary>
    public string PrunedThrough { get; } = $"SELECT pruned_through FROM change_feed_state WHERE id = {ChangeFeedState.SingleRowId};";

    /// <summary>
    /// Up to <c>@Take</c> committed changes after the position <c>@After</c>, oldest first, then
    /// <see cref="PrunedThrough"/>: read after the rows, so that a clean-up that deleted any of
    /// the rows wanted shows in it.
    /// </summary>
    public string PageAfter { get; }

    /// <summary>The positions and times of up to <c>@Take</c> committed changes after <c>@After</c>, oldest first: the clean-up's next candidates.</summary>
    public string OldestAfter { get; }

    /// <summary>Deletes the changes after <c>@After</c> through <c>@Through</c> and records <c>@Through</c> as pruned.</summary>
    public string Prune { get; }

    /// <summary>Every statement, named for a test's report.</summary>
    public IEnumerable<(string Name, string Sql)> All =>
    [
        ("append a change", Append),
        ("latest position", Latest),
        ("pruned through", PrunedThrough),
        ("page after a position", PageAfter),
        ("oldest after a position", OldestAfter),
        ("prune", Prune),
    ];

    public static ChangeFeedStatements For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.SqlServer => SqlServer,
        _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not supported."),
    };

    /// <summary>The parameters of <see cref="Append"/>, an instant in the form the provider stores instants in.</summary>
    public DbParameter[] AppendParameters(string resource, string resourceId, string operation, DateTimeOffset changedAt, string? data)
    {
        var (instant, instantType) = _instant(changedAt);
        return
        [
            _parameter("@Resource", resource, DbType.String),
            _parameter("@ResourceId", resourceId, DbType.String),
            _parameter("@Operation", operation, DbType.String),
            _parameter("@ChangedAt", instant, instantType),
            _parameter("@Data", data, DbType.String),
        ];
    }
}
