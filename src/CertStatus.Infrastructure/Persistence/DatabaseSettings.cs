using Microsoft.Extensions.Configuration;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>Where and how the service keeps its data, read from configuration.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string ConnectionStringName = "CertStatus";
    public const string DefaultSqliteFileName = "certstatus.db";

    /// <summary>
    /// Reads <c>Database:Provider</c>, <c>ConnectionStrings:CertStatus</c> and
    /// <c>Database:MigrateOnStartup</c>. Without a connection string, SQLite keeps its file in the
    /// user's local data folder (<c>~/.local/share/CertStatus</c> on Linux), falling back to the
    /// content root where there is none.
    /// </summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var providerName = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerName}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={DefaultSqliteFilePath(contentRootPath)}"
                : throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for {provider}.");
        }

        var migrateOnStartup = bool.TryParse(configuration["Database:MigrateOnStartup"], out var migrate)
            ? migrate
            : provider == DatabaseProvider.Sqlite;

        return new DatabaseSettings(provider, connectionString, migrateOnStartup);
    }

    public static string DefaultSqliteFilePath(string contentRootPath)
    {
        var dataRoot = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        var folder = string.IsNullOrEmpty(dataRoot) ? contentRootPath : Path.Combine(dataRoot, "CertStatus");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, DefaultSqliteFileName);
    }
}
