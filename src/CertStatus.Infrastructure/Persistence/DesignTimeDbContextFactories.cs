using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the host.</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteCertStatusDbContext>
{
    public SqliteCertStatusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCertStatusDbContext>()
            .UseSqlite($"Data Source={DatabaseSettings.DefaultSqliteFileName}")
            .Options);
}
