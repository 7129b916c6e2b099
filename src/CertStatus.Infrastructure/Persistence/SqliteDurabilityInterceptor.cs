using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = FULL</c> on every SQLite connection the service opens. In WAL mode
/// FULL syncs the log at each commit, so a transaction the service has acknowledged survives a power
/// loss, not only a process crash (which NORMAL would already survive). The setting is per connection
/// and its default is a compile-time option of the native SQLite build, so the promise in
/// docs/operations.md is stated here rather than left to whichever build is bundled.
/// The pragma goes to each physical connection once: pooled connections keep it, and EF Core
/// opens a connection for every query, so running it on every open would add a statement to each.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous = FULL;";

    // Native handles already set; an entry goes with its handle when the pool drops the connection.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    private SqliteDurabilityInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsNew(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsNew(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);
}
