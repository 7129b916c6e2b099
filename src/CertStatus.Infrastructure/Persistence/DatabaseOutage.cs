using System.Data.Common;
using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached (or cannot take the write right now) from a fault in
/// the service: the first is a 503 the caller may retry, the second a bug.
/// </summary>
public static class DatabaseOutage
{
    // https://www.sqlite.org/rescode.html
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    public static bool IsOutage(Exception exception)
    {
        foreach (var current in Chain(exception))
        {
            switch (current)
            {
                // EF Core's execution strategy gave up retrying transient failures.
                case RetryLimitExceededException:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteReadOnly
                    or SqliteIoError or SqliteFull or SqliteCantOpen:
                    return true;
                case SqlException sqlServer when IsSqlServerOutage(sqlServer):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether the database itself refused or failed the command (anywhere in the chain), as opposed to a fault before any command was sent.</summary>
    public static bool IsDatabaseError(Exception exception) => Chain(exception).Any(current => current is DbException);

    /// <summary>
    /// The cause an operator can act on: the outermost database exception's own code and message
    /// (SQL Server: its error number; SQLite: its result code and extended result code). Inner
    /// exceptions are not used: below a SqlException lies the socket's error, whose text on Linux
    /// is often just "Success".
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var current in Chain(exception))
        {
            switch (current)
            {
                case SqlException sqlServer:
                    return string.Create(CultureInfo.InvariantCulture, $"SQL Server error {sqlServer.Number}: {sqlServer.Message}");
                case SqliteException sqlite:
                    return string.Create(
                        CultureInfo.InvariantCulture,
                        $"SQLite result code {sqlite.SqliteErrorCode}, extended result code {sqlite.SqliteExtendedErrorCode}: {sqlite.Message}");
            }
        }

        return $"{exception.GetType().Name}: {exception.Message}";
    }

    private static bool IsSqlServerOutage(SqlException exception) =>
        exception.IsTransient
        || exception.Errors.Cast<SqlError>().Any(error => error.Class >= 20)

        // Connection-level failures: network, login to a database that is not there (yet).
        || exception.Number is -2 or 2 or 53 or 121 or 4060 or 18456 or 40613;

    /// <summary>The exception and every inner exception below it, outermost first.</summary>
    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
