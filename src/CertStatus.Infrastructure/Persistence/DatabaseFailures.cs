using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Whether a request failed because the database cannot serve it right now (unreachable, or
/// without the migrations this build expects) rather than because of a fault in the service.
/// Either state is reported to <see cref="DatabaseAvailability"/>, which logs it once.
/// </summary>
public sealed class DatabaseFailures(CertStatusDbContext dbContext, DatabaseAvailability availability)
{
    /// <returns>Why the database could not serve the request, or null when the failure is not the database's state.</returns>
    public async Task<DatabaseUnavailability?> ExplainAsync(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (availability.ReportIfOutage(exception))
        {
            return DatabaseUnavailability.Unreachable;
        }

        if (!DatabaseOutage.IsDatabaseError(exception))
        {
            return null;
        }

        // A command the schema cannot run (no such table, no such column) is what a database
        // without this build's migrations answers; only the migrations history tells it from a bug.
        List<string> pending;
        try
        {
            pending = [.. await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        catch (Exception inspection) when (availability.ReportIfOutage(inspection))
        {
            return DatabaseUnavailability.Unreachable;
        }
        catch (Exception inspection) when (inspection is not OperationCanceledException)
        {
            // The history cannot be read either: the request's own failure is the one to report.
            return null;
        }

        if (pending.Count == 0)
        {
            return null;
        }

        availability.ReportNotMigrated(pending);
        return DatabaseUnavailability.NotMigrated;
    }
}
