using CertStatus.Infrastructure.Persistence;
using DotNet.Testcontainers.Builders;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace CertStatus.Testing.Databases;

/// <summary>
/// A database of its own on one SQL Server container shared by the whole run (Testcontainers).
/// Where no Docker engine answers, every fixture on it reports itself skipped with the reason,
/// never passed.
/// </summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    public const string NoDockerReason = "Docker engine not available";
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private static readonly Lazy<Task<MsSqlContainer>> SharedContainer = new(StartContainerAsync);

    private readonly string _connectionString;

    private SqlServerTestDatabase(string connectionString)
    {
        _connectionString = connectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Database:Provider"] = nameof(DatabaseProvider.SqlServer),
        ["ConnectionStrings:CertStatus"] = _connectionString,

        // Off by default on SQL Server (a deployment step); a test database is created by it.
        ["Database:MigrateOnStartup"] = "true",
    };

    public static async Task<SqlServerTestDatabase> CreateAsync()
    {
        MsSqlContainer container;
        try
        {
            container = await SharedContainer.Value;
        }
        catch (DockerUnavailableException)
        {
            Assert.Ignore(NoDockerReason);
            throw;
        }

        var connectionString = new SqlConnectionStringBuilder(container.GetConnectionString())
        {
            InitialCatalog = $"certstatus_{Guid.NewGuid():N}",
        };
        return new SqlServerTestDatabase(connectionString.ToString());
    }

    /// <summary>Stops the shared container, if this run started one.</summary>
    public static async Task StopSharedContainerAsync()
    {
        if (SharedContainer.IsValueCreated && SharedContainer.Value.IsCompletedSuccessfully)
        {
            await SharedContainer.Value.Result.DisposeAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        var builder = new SqlConnectionStringBuilder(_connectionString);
        var database = builder.InitialCatalog;
        builder.InitialCatalog = "master";

        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"""
            IF DB_ID(N'{database}') IS NOT NULL
            BEGIN
                ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
                DROP DATABASE [{database}];
            END
            """;
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<MsSqlContainer> StartContainerAsync()
    {
        var container = new MsSqlBuilder(Image).Build();
        await container.StartAsync();
        return container;
    }
}
