using CertStatus.Application.Common.ChangeFeed;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.ChangeFeed;

/// <summary>
/// Keeps the change feed to <c>ChangeFeed:RetentionDays</c>: every <see cref="Interval"/> of the
/// service's clock, deletes the changes older than that, in small batches
/// (<see cref="IChangeFeedRetention"/>). A pass that fails is logged and the next one tries again.
/// The first pass waits an interval too: at start the database may not be migrated or may not
/// exist yet (opening a SQLite file creates it, which readiness would then misreport).
/// </summary>
internal sealed partial class ChangeFeedRetentionService(
    IChangeFeedRetention retention,
    TimeProvider clock,
    IOptions<ChangeFeedOptions> options,
    ILogger<ChangeFeedRetentionService> logger) : BackgroundService
{
    /// <summary>Retention is counted in days: hourly passes keep each one short.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
            try
            {
                var deleted = await retention.PruneAsync(cutoff, stoppingToken);
                if (deleted > 0)
                {
                    LogPruned(deleted, cutoff);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed: deleted {Count} changes made before {Cutoff:o}")]
    private partial void LogPruned(int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed: the clean-up pass failed; the next one tries again")]
    private partial void LogPassFailed(Exception exception);
}
