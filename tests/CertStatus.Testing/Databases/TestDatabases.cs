using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Testing.Databases;

/// <summary>
/// The database providers every API fixture runs against, through
/// <c>[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]</c>.
/// Adding a provider here (and a <see cref="TestDatabase"/> for it) runs the whole suite on it.
/// </summary>
public static class TestDatabases
{
    public static IEnumerable<DatabaseProvider> Providers { get; } = [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer];
}
