using System.Globalization;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// The bundled SQLite already defaults to FULL, so the service's own connections cannot show
/// whether the interceptor works: these start from a connection set to OFF.
/// </summary>
public sealed class SqliteConnectionPragmasInterceptorTests
{
    [Test]
    public async Task ConnectionOpened_OnANewConnection_MakesEveryCommitSync()
    {
        await using var connection = await OpenWithSynchronousOffAsync();

        await SqliteConnectionPragmasInterceptor.Instance.ConnectionOpenedAsync(connection, null!);

        Assert.That(await PragmaAsync(connection, "synchronous"), Is.EqualTo(2), "2 = FULL");
    }

    [Test]
    public async Task ConnectionOpened_OnANewConnection_KeepsItsPageCacheSmall()
    {
        await using var connection = await OpenWithSynchronousOffAsync();
        Assume.That(await PragmaAsync(connection, "cache_size"), Is.EqualTo(-2000), "SQLite's default, 2 MB");

        await SqliteConnectionPragmasInterceptor.Instance.ConnectionOpenedAsync(connection, null!);

        Assert.That(await PragmaAsync(connection, "cache_size"), Is.EqualTo(-512), "negative = KiB");
    }

    [Test]
    public async Task ConnectionOpened_AgainOnTheSameConnection_SendsNothingMore()
    {
        await using var connection = await OpenWithSynchronousOffAsync();
        await SqliteConnectionPragmasInterceptor.Instance.ConnectionOpenedAsync(connection, null!);
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF;");

        await SqliteConnectionPragmasInterceptor.Instance.ConnectionOpenedAsync(connection, null!);

        Assert.That(await PragmaAsync(connection, "synchronous"), Is.Zero, "a pooled connection keeps its pragma; it is not sent on every open");
    }

    private static async Task<SqliteConnection> OpenWithSynchronousOffAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF;");
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> PragmaAsync(SqliteConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
