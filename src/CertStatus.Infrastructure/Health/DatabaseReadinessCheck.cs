using System.Globalization;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CertStatus.Infrastructure.Health;

/// <summary>
/// Ready when the database answers within <see cref="Timeout"/> and its schema has every migration
/// this build expects. What the check finds goes to <see cref="DatabaseAvailability"/>, which logs
/// a change once; the probe's own answer names pending migrations but never a provider's message
/// (the endpoint is anonymous).
/// </summary>
/// <remarks>
/// A singleton: one inspection of the database runs at a time, and a probe that arrives meanwhile
/// waits for that one. Not every provider gives up when asked (SqlClient keeps connecting for its
/// whole <c>Connect Timeout</c>, 15 s by default), so the
/// probe stops waiting at <see cref="Timeout"/> whatever the inspection does; the inspection, in a
/// scope of its own and without retries, finishes behind it and reports the real cause. It stops
/// with the service.
/// </remarks>
internal sealed partial class DatabaseReadinessCheck(
    IServiceScopeFactory scopes,
    DatabaseAvailability availability,
    TimeProvider timeProvider,
    ILogger<DatabaseReadinessCheck> logger) : IHealthCheck, IDisposable
{
    /// <summary>Inside the 3 s a readiness probe is given, with room for the request around it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const string Unreachable = "The database cannot be reached; the service log says why.";

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task<HealthCheckResult>? _inspection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> inspection;
        lock (_gate)
        {
            if (_inspection is not { IsCompleted: false })
            {
                _inspection = InspectInScopeAsync(_stopping.Token);
            }

            inspection = _inspection;
        }

        try
        {
            return await inspection.WaitAsync(Timeout, timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy(string.Create(
                CultureInfo.InvariantCulture,
                $"The database did not answer within {Timeout.TotalSeconds:0} s."));
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<HealthCheckResult> InspectInScopeAsync(CancellationToken cancellationToken)
    {
        // Started under the lock: hand back the task at once, and connect outside it.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
            return await new Once(dbContext).ExecuteAsync(token => InspectAsync(dbContext, token), cancellationToken);
        }
        catch (Exception exception) when (availability.ReportIfOutage(exception))
        {
            return HealthCheckResult.Unhealthy(Unreachable);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not an outage: a fault (a permission missing on the migrations history, say), logged every time.
            LogCheckFailed(exception);
            return HealthCheckResult.Unhealthy("The readiness check failed; the service log says why.");
        }
    }

    private async Task<HealthCheckResult> InspectAsync(CertStatusDbContext dbContext, CancellationToken cancellationToken)
    {
        // Not CanConnectAsync: it swallows the cause. Nor opening a connection: SQLite would create a missing file.
        if (!await dbContext.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            var connection = dbContext.Database.GetDbConnection();
            availability.ReportUnreachable($"The database '{connection.Database}' at '{connection.DataSource}' does not exist.");
            return HealthCheckResult.Unhealthy(Unreachable);
        }

        var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            availability.ReportNotMigrated(pending);
            return HealthCheckResult.Unhealthy(
                $"The database lacks {pending.Count} migration(s) this build expects: {string.Join(", ", pending)}. Apply them before sending traffic.");
        }

        availability.ReportAvailable();
        return HealthCheckResult.Healthy("The database answers and is migrated.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database readiness check failed")]
    private partial void LogCheckFailed(Exception exception);

    /// <summary>
    /// Runs the inspection once. EF Core's own operations inside it find a strategy already running
    /// and do not retry either: SQL Server's retrying strategy would spend minutes on an unreachable
    /// server before the cause could be logged, and a probe repeats itself anyway.
    /// </summary>
    private sealed class Once(DbContext dbContext) : ExecutionStrategy(dbContext, maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }
}
