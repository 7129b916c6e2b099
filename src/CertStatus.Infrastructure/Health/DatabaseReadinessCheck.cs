using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CertStatus.Infrastructure.Health;

/// <summary>Ready when the database answers and its schema has every migration this build expects.</summary>
internal sealed class DatabaseReadinessCheck(CertStatusDbContext dbContext) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await dbContext.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database answers and is migrated.")
                : HealthCheckResult.Unhealthy($"The database lacks {pending.Count} migration(s); apply the schema before sending traffic.");
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
