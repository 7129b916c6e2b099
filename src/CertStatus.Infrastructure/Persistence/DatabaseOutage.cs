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
        for (Exception? current = exception; current is not null; current = current.InnerException)
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

    private static bool IsSqlServerOutage(SqlException exception) =>
        exception.IsTransient
        || exception.Errors.Cast<SqlError>().Any(error => error.Class >= 20)

        // Connection-level failures: network, login to a database that is not there (yet).
        || exception.Number is -2 or 2 or 53 or 121 or 4060 or 18456 or 40613;
}
