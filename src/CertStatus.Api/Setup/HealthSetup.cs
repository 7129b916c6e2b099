using System.Text.Json;
using CertStatus.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CertStatus.Api.Setup;

internal static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddCertStatusHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDatabaseReadinessCheck(ReadyTag);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (restart it if not). <c>/health/ready</c>: the
    /// database answers and is migrated (send it traffic). Both anonymous and never rate limited.
    /// </summary>
    public static WebApplication MapCertStatusHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync })
            .DisableRateLimiting()
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync })
            .DisableRateLimiting()
            .AllowAnonymous();
        return app;
    }

    private static Task WriteJsonAsync(HttpContext httpContext, HealthReport report)
    {
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(
            httpContext.Response.Body,
            new
            {
                status = report.Status.ToString(),
                total_duration_ms = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                checks = report.Entries.Select(entry => new
                {
                    name = entry.Key,
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    duration_ms = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                }),
            },
            cancellationToken: httpContext.RequestAborted);
    }
}
