using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Idempotency;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Common.Security;
using CertStatus.Infrastructure.Health;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Idempotency;
using CertStatus.Infrastructure.Persistence.Reading;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CertStatus.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                // Pooled: a request rents a reset context instead of building one (and its options)
                // anew — see docs/performance.md. The options are built once, from the root
                // provider, so everything they hold (the interceptors) must be stateless singletons.
                services.AddDbContextPool<CertStatusDbContext, SqliteCertStatusDbContext>((provider, options) =>
                    options.UseSqlite(settings.ConnectionString)
                        .AddInterceptors(SqliteConnectionPragmasInterceptor.Instance, provider.GetRequiredService<AuditColumnsInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                // Retries transient failures (failover, throttling). Safe because every write is a
                // single SaveChanges, which the strategy re-runs whole; no handler opens its own
                // transaction.
                services.AddDbContext<CertStatusDbContext, SqlServerCertStatusDbContext>((provider, options) =>
                    options.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer.EnableRetryOnFailure())
                        .AddInterceptors(provider.GetRequiredService<AuditColumnsInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{settings.Provider}' is not supported.");
        }

        services.AddSingleton(WriterQueue.For(settings.Provider));
        services.AddSingleton(ChangeFeedStatements.For(settings.Provider));
        services.AddSingleton<ChangeOutbox>();
        services.AddSingleton<IChangeFeedReadStore, ChangeFeedReadStore>();
        services.AddSingleton<IChangeFeedRetention, ChangeFeedRetention>();
        services.AddSingleton(ReadDatabase.For(settings));
        services.AddSingleton<ICertificationReadStore, CertificationReadStore>();
        services.AddScoped<ICertificationRepository, CertificationRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();

        // Audit columns name the caller when the host says who it is (ICurrentCaller, a singleton that
        // reads the ambient request); otherwise they stay null.
        services.AddSingleton(provider => new AuditColumnsInterceptor(provider.GetService<ICurrentCaller>()));
        return services;
    }

    /// <summary>The readiness check of the database, tagged for the readiness probe.</summary>
    public static IHealthChecksBuilder AddDatabaseReadinessCheck(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<DatabaseReadinessCheck>("database", HealthStatus.Unhealthy, tags);

    /// <summary>Brings the schema up to date when configured to (the SQLite default).</summary>
    public static async Task MigrateCertStatusDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (!settings.MigrateOnStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        await dbContext.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers proceed while one request writes; it is a property of the file.
            await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
