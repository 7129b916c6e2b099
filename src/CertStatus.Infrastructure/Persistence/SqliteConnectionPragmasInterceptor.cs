using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Applies <see cref="SqliteConnectionPragmas"/> to the connections EF Core opens, once on each
/// physical connection (EF Core opens a connection for every command batch, so running them on
/// every open would add a statement to each).
/// </summary>
internal sealed class SqliteConnectionPragmasInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmasInterceptor Instance = new();

    private SqliteConnectionPragmasInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteConnectionPragmas.ApplyOnce(sqlite);
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? SqliteConnectionPragmas.ApplyOnceAsync(sqlite, cancellationToken)
            : Task.CompletedTask;
}
