using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>The read side's way into one provider: a plain ADO.NET connection and the SQL written for it.</summary>
/// <param name="connectionString">The same as EF Core's.</param>
/// <param name="statements">The provider's list and lookup statements.</param>
/// <param name="availability">Told when a read gets its answer, which ends an outage, whichever store read.</param>
internal abstract class ReadDatabase(string connectionString, ReadStatements statements, DatabaseAvailability availability)
{
    protected string ConnectionString { get; } = connectionString;

    public ReadStatements Statements { get; } = statements;

    /// <summary>Runs <paramref name="read"/> on a connection of its own and returns its answer, which shows the database reachable.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenAsync(cancellationToken);
        var answer = await read(connection);
        availability.ReportReachable();
        return answer;
    }

    /// <summary>An open connection from the provider's pool; the caller disposes it, which returns it.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds an instant parameter in the form the provider stores instants in, so that comparing it
    /// with a column compares instants, equality included. (Dapper passes a DateTimeOffset on as
    /// it is, without the type handler: SQLite would get text in another form, SQL Server a
    /// <c>datetimeoffset</c>.)
    /// </summary>
    public abstract void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? instant);

    public static ReadDatabase For(DatabaseSettings settings, DatabaseAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteReadDatabase(settings.ConnectionString, availability),
            DatabaseProvider.SqlServer => new SqlServerReadDatabase(settings.ConnectionString, availability),
            _ => throw new InvalidOperationException($"Database:Provider '{settings.Provider}' is not supported."),
        };
    }

    /// <summary>
    /// The same connection string as EF Core's, hence the same pool: a physical connection already
    /// has its pragmas whichever side opened it first.
    /// </summary>
    private sealed class SqliteReadDatabase(string connectionString, DatabaseAvailability availability)
        : ReadDatabase(connectionString, ReadStatements.Sqlite, availability)
    {
        public override void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? instant) =>
            parameters.Add(name, instant is { } value ? SqliteInstants.Format(value) : null, DbType.String);

        protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await SqliteConnectionPragmas.ApplyOnceAsync(connection, cancellationToken);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>
    /// Opening retries transient failures (a fail-over, a throttled login) as EF Core's execution
    /// strategy does for the write side; a failure while reading surfaces as a 503, which a GET may
    /// simply repeat.
    /// </summary>
    private sealed class SqlServerReadDatabase(string connectionString, DatabaseAvailability availability)
        : ReadDatabase(connectionString, ReadStatements.SqlServer, availability)
    {
        private static readonly SqlRetryLogicBaseProvider OpenRetry = SqlConfigurableRetryFactory.CreateExponentialRetryProvider(
            new SqlRetryLogicOption
            {
                // The first try and the write side's retries.
                NumberOfTries = 1 + SqlServerRetryBudget.Retries,
                DeltaTime = TimeSpan.FromSeconds(1),
                MaxTimeInterval = SqlServerRetryBudget.MaxDelay,
            });

        public override void AddInstant(DynamicParameters parameters, string name, DateTimeOffset? instant) =>
            parameters.Add(name, instant?.UtcDateTime, DbType.DateTime2);

        protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqlConnection(ConnectionString) { RetryLogicProvider = OpenRetry };
            try
            {
                await connection.OpenAsync(cancellationToken);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }
}
