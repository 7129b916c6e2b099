using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CertStatus.Api.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

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
        var configuration = builder.Configuration;

        builder.Services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Shutdown:TimeoutSeconds", 30)));

        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(configuration.GetValue("RequestTimeouts:Seconds", 30)),
            WriteTimeoutResponse = httpContext => WriteProblemAsync(
                httpContext,
                StatusCodes.Status503ServiceUnavailable,
                "The request took longer than this service allows; nothing may have been changed. Retry after the time in Retry-After.",
                RequestLimits.RetryAfterOutage),
        });

        if (PermitLimit(configuration) is not { } permitLimit)
        {
            // Off: no limiter is registered, so its middleware never runs (docs/performance.md, cost budget).
            return builder;
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 60));
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
        if (PermitLimit(app.Configuration) is not null)
        {
            app.UseRateLimiter();
        }

        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>Requests per window and client, or null when rate limiting is off (no positive limit set).</summary>
    private static int? PermitLimit(IConfiguration configuration) =>
        configuration.GetValue<int?>("RateLimiting:PermitLimit") is > 0 and var limit ? limit : null;

    /// <summary>The authenticated caller, else the remote address (behind a proxy, configure forwarded headers).</summary>
    private static string ClientOf(HttpContext httpContext) =>
        httpContext.User.Identity?.IsAuthenticated == true
            ? "caller:" + (httpContext.User.FindFirstValue("sub") ?? httpContext.User.Identity.Name)
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
