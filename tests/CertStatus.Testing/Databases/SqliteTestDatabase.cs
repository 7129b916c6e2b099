using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace CertStatus.Testing.Databases;

/// <summary>
/// A real SQLite file in a folder of its own (<c>data/</c>, inside a temporary folder, so that a test
/// can move the data folder away), deleted with the temporary folder afterwards.
/// </summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder;
    private readonly string _connectionString;

    /// <param name="busyTimeoutSeconds">How long SQLite waits for another writer's lock (its command timeout); its default when null.</param>
    /// <param name="withoutSchema">Start on an existing database file that has no schema at all.</param>
    public SqliteTestDatabase(int? busyTimeoutSeconds = null, bool withoutSchema = false)
    {
        _folder = Path.Combine(Path.GetTempPath(), "certstatus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
        FilePath = Path.Combine(_folder, "data", "certstatus.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath };
        if (busyTimeoutSeconds is { } seconds)
        {
            connectionString.DefaultTimeout = seconds;
        }

        _connectionString = connectionString.ToString();
        if (withoutSchema)
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
        }
    }

    public string FilePath { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
        ["ConnectionStrings:CertStatus"] = _connectionString,
    };

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm companions) open; close them first.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
