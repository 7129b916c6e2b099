using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Support;

/// <summary>
/// A database of its own for one test fixture: the configuration that points the service at it,
/// and the clean-up when the fixture is done. One subclass per <see cref="DatabaseProvider"/>.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Configuration keys the service reads (<c>Database:Provider</c>, <c>ConnectionStrings:CertStatus</c>).</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        _ => throw new NotSupportedException($"No test database is set up for {provider} yet."),
    };

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Provider.ToString();
}
