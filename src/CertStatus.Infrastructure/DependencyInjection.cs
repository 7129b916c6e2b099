using CertStatus.Application.Common.ChangeFeed;
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
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

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
                        .AddInterceptors(
                            SqliteConnectionPragmasInterceptor.Instance,
                            provider.GetRequiredService<AuditColumnsInterceptor>(),
                            provider.GetRequiredService<DatabaseAnsweredInterceptor>())
                        .LeaveFailuresToTheService());
                break;
            case DatabaseProvider.SqlServer:
                // Retries transient failures (failover, throttling). Safe because every write is a
                // single SaveChanges, which the strategy re-runs whole; no handler opens its own
                // transaction. Three retries at most 5 s apart fit inside the request time limit
                // (30 s by default), so that an outage is answered as one, with its cause; EF Core's
                // default (6 retries up to 30 s apart, about a minute) outlasts every request.
                services.AddDbContext<CertStatusDbContext, SqlServerCertStatusDbContext>((provider, options) =>
                    options.UseSqlServer(
                            settings.ConnectionString,
                            sqlServer => sqlServer.EnableRetryOnFailure(SqlServerRetryBudget.Retries, SqlServerRetryBudget.MaxDelay, errorNumbersToAdd: null))
                        .AddInterceptors(provider.GetRequiredService<AuditColumnsInterceptor>(), provider.GetRequiredService<DatabaseAnsweredInterceptor>())
                        .LeaveFailuresToTheService());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{settings.Provider}' is not supported.");
        }

        services.AddSingleton(WriterQueue.For(settings.Provider));
        services.AddSingleton(ChangeFeedStatements.For(settings.Provider));
        services.AddSingleton<ChangeOutbox>();
        services.AddSingleton<IChangeFeedReadStore, ChangeFeedReadStore>();
        services.AddSingleton<IChangeFeedRetention, ChangeFeedRetention>();
        services.AddSingleton(provider => ReadDatabase.For(settings, provider.GetRequiredService<DatabaseAvailability>()));
        services.AddSingleton<ICertificationReadStore, CertificationReadStore>();
        services.AddScoped<ICertificationRepository, CertificationRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<CommittedEvents>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<DatabaseAnsweredInterceptor>();
        services.AddScoped<DatabaseFailures>();
        services.AddSingleton<DatabaseReadinessCheck>();

        // Audit columns name the caller when the host says who it is (ICurrentCaller, a singleton that
        // reads the ambient request); otherwise they stay null.
        services.AddSingleton(provider => new AuditColumnsInterceptor(provider.GetService<ICurrentCaller>()));
        return services;
    }

    /// <summary>The readiness check of the database (<see cref="DatabaseReadinessCheck"/>), tagged for the readiness probe.</summary>
    public static IHealthChecksBuilder AddDatabaseReadinessCheck(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<DatabaseReadinessCheck>("database", HealthStatus.Unhealthy, tags);

    /// <summary>
    /// EF Core logs every failed command, connection, query, transaction and save at Error, before
    /// anyone knows what the failure means, and again for each request while a database is down.
    /// Each one reaches the service as an exception, which answers it and logs it once: a lost race
    /// is a 409 or 422 (no log), an outage or missing migrations one Warning when it starts
    /// (<see cref="DatabaseAvailability"/>), anything else an Error with the exception. EF Core's
    /// copies are kept at Debug.
    /// </summary>
    private static DbContextOptionsBuilder LeaveFailuresToTheService(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

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
