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

/// <summary>
/// Lets <c>dotnet ef</c> build the SQL Server context for adding migrations and scripting them;
/// neither opens a connection, so the connection string only has to be well formed.
/// </summary>
internal sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqlServerCertStatusDbContext>
{
    public const string PlaceholderConnectionString = "Server=localhost;Database=CertStatus;Integrated Security=true;TrustServerCertificate=true";

    public SqlServerCertStatusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCertStatusDbContext>()
            .UseSqlServer(PlaceholderConnectionString)
            .Options);
}
