using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace CertStatus.Testing.Databases;

/// <summary>A real SQLite file in a temporary folder of its own, deleted with the folder afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder;
    private readonly string _connectionString;

    public SqliteTestDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "certstatus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "certstatus.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
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
