using System.Globalization;
using CertStatus.Api.Configuration;
using CertStatus.Api.Errors;
using CertStatus.Api.Logging;
using CertStatus.Api.Security;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CertStatus.Api.Setup;

internal static class LoggingSetup
{
    private static readonly string[] QuietPathPrefixes = ["/health", OpenApiSetup.DocumentPathPrefix];

    /// <summary>
    /// Up to 1,000 events per write, at most 5 ms after the first; beyond 10,000 waiting, new events
    /// are dropped. A longer wait writes larger batches but keeps every request's event alive past
    /// the youngest garbage collections: at 100 ms peak memory rose by 30 MB (docs/performance.md).
    /// </summary>
    private static readonly BatchingOptions LogBatching = new()
    {
        BatchSizeLimit = 1_000,
        BufferingTimeLimit = TimeSpan.FromMilliseconds(5),
        QueueLimit = 10_000,
        EagerlyEmitFirstEvent = true,
    };

    /// <summary>Writes start-up failures before configuration is read, as JSON on the console.</summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().WriteTo.Console(new RenderedCompactJsonFormatter()).CreateBootstrapLogger();

    /// <summary>
    /// Serilog, configured from the <c>Serilog</c> section of appsettings, writing to the console:
    /// compact JSON (one event per line, for log shippers) except in Development, where people read it.
    /// </summary>
    public static WebApplicationBuilder AddCertStatusLogging(this WebApplicationBuilder builder)
    {
        var readable = builder.Environment.IsDevelopment();
        var levels = builder.AddValidatedOptions<LogLevelOptions>(LogLevelOptions.SectionName);
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                // With a level it does not know Serilog would throw here, naming no key; its defaults
                // serve until the start-up checks refuse the level, saying which.
                if (levels.AreValid)
                {
                    logger.ReadFrom.Configuration(builder.Configuration);
                }

                logger.ReadFrom.Services(services)
                    .Enrich.FromLogContext();

                // Formatting and writing happen off the request: a request only queues its event and
                // never waits for the console (a pipe a log shipper may drain slowly). Under a
                // sustained backlog of more than 10,000 events, new ones are dropped rather than
                // slowing requests down; the queue is flushed when the host stops.
                if (readable)
                {
                    logger.WriteTo.Async(sink => sink.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture));
                }
                else
                {
                    // For log shippers: batched, so that a busy service writes many lines per system call.
                    logger.WriteTo.Sink(BatchedConsoleSink.ToStandardOutput(new RenderedCompactJsonFormatter()), LogBatching);
                }
            },

            // Each host gets its own logger; the static one stays the bootstrap logger, so that
            // several hosts in one process (tests) never fight over it.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request: method, route template, status, elapsed time, caller and trace id;
    /// never bodies. Health probes and the OpenAPI UI are left out. 5xx answers are Errors, except
    /// the 503s of a database that cannot serve: that is logged once when it begins.
    /// </summary>
    public static WebApplication UseCertStatusRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod:l} {RoutePattern:l} responded {StatusCode} in {Elapsed:0.0000} ms";

            // The host's logger: left unset, the middleware writes to the static (bootstrap) logger,
            // bypassing this host's configured levels and sinks.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (httpContext, _, exception) =>
                IsQuiet(httpContext.Request.Path)
                    ? LogEventLevel.Verbose
                    : exception is not null
                        || (httpContext.Response.StatusCode >= StatusCodes.Status500InternalServerError && !DatabaseUnavailableAnswers.IsMarked(httpContext))
                        ? LogEventLevel.Error
                        : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, httpContext) =>
            {
                if (HttpContextCurrentCaller.IdOf(httpContext.User) is { } caller)
                {
                    diagnostics.Set("Caller", caller);
                }
            };
        });
        return app;
    }

    private static bool IsQuiet(PathString path)
    {
        foreach (var prefix in QuietPathPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
