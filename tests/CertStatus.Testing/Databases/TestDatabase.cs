using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Testing.Databases;

/// <summary>
/// A database of its own for one test fixture: the configuration that points the service at it,
/// and the clean-up when the fixture is done. One subclass per <see cref="DatabaseProvider"/>.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Configuration keys the service reads (<c>Database:Provider</c>, <c>ConnectionStrings:CertStatus</c>).</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A fresh database; on SQL Server without a Docker engine, the calling fixture is skipped.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.SqlServer => await SqlServerTestDatabase.CreateAsync(),
        _ => throw new NotSupportedException($"No test database is set up for {provider}."),
    };

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Provider.ToString();
}
