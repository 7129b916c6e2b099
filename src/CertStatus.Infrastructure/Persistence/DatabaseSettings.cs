using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>Where and how the service keeps its data: the <c>Database</c> options and the connection string, defaults applied.</summary>
public sealed partial record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string DefaultSqliteFileName = "certstatus.db";

    /// <summary>
    /// Without a connection string, SQLite keeps its file in the user's local data folder
    /// (<c>~/.local/share/CertStatus</c> on Linux), falling back to the content root where there is
    /// none; SQL Server has no default (<see cref="ConnectionStringProblem"/> says so at start).
    /// </summary>
    public static DatabaseSettings From(DatabaseOptions options, string? connectionString, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = options.Provider == DatabaseProvider.Sqlite ? $"Data Source={DefaultSqliteFilePath(contentRootPath)}" : string.Empty;
        }

        return new DatabaseSettings(options.Provider, connectionString, options.MigrateOnStartup ?? options.Provider == DatabaseProvider.Sqlite);
    }

    /// <summary>
    /// What is wrong with a configured connection string for the provider, or null when nothing is:
    /// it must parse and name the database (SQLite: a file; SQL Server: a server). Never quotes the
    /// string, nor the parser's quotes from it, which may hold a password.
    /// </summary>
    public static string? ConnectionStringProblem(DatabaseProvider provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return provider == DatabaseProvider.SqlServer ? "is required when Database:Provider is SqlServer" : null;
        }

        try
        {
            return provider switch
            {
                DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder(connectionString) switch
                {
                    { DataSource.Length: 0 } => "must name the database file (Data Source=/path/to/certstatus.db)",
                    { Mode: SqliteOpenMode.Memory } or { DataSource: ":memory:" } => "must name a file: an in-memory database loses every write when the service stops",
                    _ => null,
                },
                DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(connectionString).DataSource.Length == 0
                    ? "must name the server (Server=host,port)"
                    : null,
                _ => null,
            };
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return $"is not a valid {provider} connection string ({Quoted().Replace(exception.Message, "'…'")})";
        }
    }

    public static string DefaultSqliteFilePath(string contentRootPath)
    {
        var dataRoot = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        var folder = string.IsNullOrEmpty(dataRoot) ? contentRootPath : Path.Combine(dataRoot, "CertStatus");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, DefaultSqliteFileName);
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();
}
