using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Tests.Persistence;

/// <summary>
/// A context per provider, configured as the service configures it but never connected: model
/// building, migration scripting and query translation need no server.
/// </summary>
internal static class ProviderContexts
{
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(DatabaseProvider.Sqlite).SetArgDisplayNames("Sqlite");
        yield return new TestFixtureData(DatabaseProvider.SqlServer).SetArgDisplayNames("SqlServer");
    }

    public static CertStatusDbContext Create(DatabaseProvider provider, Action<DbContextOptionsBuilder>? configure = null)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteCertStatusDbContext>().UseSqlite("Data Source=:memory:");
                configure?.Invoke(sqlite);
                return new SqliteCertStatusDbContext(sqlite.Options);
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerCertStatusDbContext>()
                    .UseSqlServer(SqlServerDesignTimeDbContextFactory.PlaceholderConnectionString);
                configure?.Invoke(sqlServer);
                return new SqlServerCertStatusDbContext(sqlServer.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }
}
