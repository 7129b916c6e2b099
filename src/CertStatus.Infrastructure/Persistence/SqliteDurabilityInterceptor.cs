using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous = FULL</c> on every SQLite connection the service opens. In WAL mode
/// FULL syncs the log at each commit, so a transaction the service has acknowledged survives a power
/// loss, not only a process crash (which NORMAL would already survive). The setting is per connection
/// and its default is a compile-time option of the native SQLite build, so the promise in
/// docs/operations.md is stated here rather than left to whichever build is bundled.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous = FULL;";

    private SqliteDurabilityInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
