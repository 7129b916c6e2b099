using System.Globalization;
using System.Threading.RateLimiting;
using CertStatus.Api.Configuration;
using CertStatus.Api.Errors;
using CertStatus.Api.Security;
using CertStatus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Setup;

internal static class LimitsSetup
{
    /// <summary>
    /// Rate limiting per client (off unless <c>RateLimiting:PermitLimit</c> is set), and a time
    /// limit on every request (<c>RequestTimeouts:Seconds</c>, default 30) so that a stuck
    /// database never holds a caller forever. Graceful shutdown waits for requests in flight.
    /// </summary>
    public static WebApplicationBuilder AddCertStatusLimits(this WebApplicationBuilder builder)
    {
        var shutdown = builder.AddValidatedOptions<ShutdownOptions>(ShutdownOptions.SectionName);
        var timeLimit = builder.AddValidatedOptions<RequestTimeLimitOptions>(RequestTimeLimitOptions.SectionName);
        var rateLimiting = builder.AddValidatedOptions<RateLimitingOptions>(RateLimitingOptions.SectionName);

        if (shutdown.TimeoutSeconds > 0)
        {
            // The host reads this while it is built, before the start-up checks: a value they refuse
            // is never applied, so that stopping the refused host does not fail on it too.
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.TimeoutSeconds));
        }

        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(timeLimit.Seconds),
            WriteTimeoutResponse = httpContext =>
            {
                // A request that runs out of time while the database is known to be down met that
                // outage, which was logged once when it began: its 503 is not a fault of its own.
                if (httpContext.RequestServices.GetRequiredService<DatabaseAvailability>().Current is not null)
                {
                    DatabaseUnavailableAnswers.Mark(httpContext);
                }

                return WriteProblemAsync(
                    httpContext,
                    StatusCodes.Status503ServiceUnavailable,
                    "The request took longer than this service allows; nothing may have been changed. Retry after the time in Retry-After.",
                    RequestLimits.RetryAfterOutage);
            },
        });

        if (rateLimiting.PermitLimit is not { } permitLimit)
        {
            // Off: no limiter is registered, so its middleware never runs (docs/performance.md, cost budget).
            return builder;
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            var window = TimeSpan.FromSeconds(rateLimiting.WindowSeconds);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(httpContext =>
                RateLimitPartition.GetFixedWindowLimiter(ClientOf(httpContext), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitLimit,
                    Window = window,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                return new ValueTask(WriteProblemAsync(
                    context.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests from this client; retry after the time in Retry-After.",
                    Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
            };
        });
        return builder;
    }

    public static WebApplication UseCertStatusLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.IsOn)
        {
            app.UseRateLimiter();
        }

        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>The caller as the service knows it, else the remote address (behind a proxy, configure forwarded headers).</summary>
    private static string ClientOf(HttpContext httpContext) =>
        HttpContextCurrentCaller.IdOf(httpContext.User) is { } caller
            ? "caller:" + caller
            : "address:" + httpContext.Connection.RemoteIpAddress;

    private static Task WriteProblemAsync(HttpContext httpContext, int status, string detail, string retryAfterSeconds)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Detail = detail },
        }).AsTask();
    }
}
