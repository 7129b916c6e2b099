using CertStatus.Application.Common.ChangeFeed;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.ChangeFeed;

/// <summary>
/// Keeps the change feed to <c>ChangeFeed:RetentionDays</c>: at start and then every
/// <see cref="Interval"/> of the service's clock, deletes the changes older than that, in small
/// batches (<see cref="IChangeFeedRetention"/>). A pass that fails is logged and the next one tries again.
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
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed: deleted {Count} changes made before {Cutoff:o}")]
    private partial void LogPruned(int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed: the clean-up pass failed; the next one tries again")]
    private partial void LogPassFailed(Exception exception);
}
