using Microsoft.Extensions.Logging;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Whether the database serves the service, as requests and the readiness probe find it, logged
/// when that changes rather than on every request that meets it: one Warning when the database
/// becomes unreachable or turns out to lack migrations (with the cause, or the migrations), one
/// Information when it serves again. Requests answered 503 in between add nothing to the log.
/// </summary>
/// <remarks>
/// The database is reachable again as soon as any command gets an answer; it is migrated again
/// only when the readiness probe finds no migration pending (commands get answers from a database
/// without the schema too).
/// </remarks>
public sealed partial class DatabaseAvailability(ILogger<DatabaseAvailability> logger, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private Unavailable? _current;

    /// <summary>Why the database cannot serve right now, or null while it can.</summary>
    public DatabaseUnavailability? Current => Volatile.Read(ref _current)?.Reason;

    /// <summary>A command got its answer.</summary>
    public void ReportReachable()
    {
        // Every command of every request passes here: while all is well this is one read.
        if (Volatile.Read(ref _current) is { Reason: DatabaseUnavailability.Unreachable })
        {
            End(DatabaseUnavailability.Unreachable);
        }
    }

    /// <summary>The database answers and has every migration this build expects.</summary>
    public void ReportAvailable()
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            End(current.Reason);
        }
    }

    /// <summary>Reports <paramref name="exception"/> as the start of an outage if it is one (<see cref="DatabaseOutage.IsOutage"/>).</summary>
    /// <returns>Whether it was an outage.</returns>
    public bool ReportIfOutage(Exception exception)
    {
        if (!DatabaseOutage.IsOutage(exception))
        {
            return false;
        }

        ReportUnreachable(DatabaseOutage.Describe(exception));
        return true;
    }

    /// <param name="cause">What the provider said (<see cref="DatabaseOutage.Describe"/>).</param>
    public void ReportUnreachable(string cause)
    {
        if (Begin(DatabaseUnavailability.Unreachable))
        {
            LogUnreachable(cause);
        }
    }

    public void ReportNotMigrated(IReadOnlyCollection<string> pendingMigrations)
    {
        ArgumentNullException.ThrowIfNull(pendingMigrations);
        if (Begin(DatabaseUnavailability.NotMigrated))
        {
            LogNotMigrated(pendingMigrations.Count, pendingMigrations);
        }
    }

    /// <summary>Whether this report starts a new state (one to log), rather than repeating the current one.</summary>
    private bool Begin(DatabaseUnavailability reason)
    {
        if (Volatile.Read(ref _current)?.Reason == reason)
        {
            return false;
        }

        lock (_gate)
        {
            if (_current?.Reason == reason)
            {
                return false;
            }

            Volatile.Write(ref _current, new Unavailable(reason, _current?.Since ?? timeProvider.GetTimestamp()));
            return true;
        }
    }

    private void End(DatabaseUnavailability reason)
    {
        Unavailable ended;
        lock (_gate)
        {
            if (_current is not { } current || current.Reason != reason)
            {
                return;
            }

            ended = current;
            Volatile.Write(ref _current, null);
        }

        var seconds = timeProvider.GetElapsedTime(ended.Since).TotalSeconds;
        if (reason == DatabaseUnavailability.Unreachable)
        {
            LogReachableAgain(seconds);
        }
        else
        {
            LogMigrated(seconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable, answering 503 until it answers again: {Cause:l}")]
    private partial void LogUnreachable(string cause);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Database not migrated, answering 503 until its {PendingCount} pending migration(s) are applied: {PendingMigrations}")]
    private partial void LogNotMigrated(int pendingCount, IReadOnlyCollection<string> pendingMigrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database available again after {UnavailableSeconds:0.0} s")]
    private partial void LogReachableAgain(double unavailableSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated, answering again after {UnavailableSeconds:0.0} s")]
    private partial void LogMigrated(double unavailableSeconds);

    private sealed record Unavailable(DatabaseUnavailability Reason, long Since);
}
