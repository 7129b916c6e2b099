using Serilog;

namespace CertStatus.Api.Setup;

internal static class LoggingSetup
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings.</summary>
    public static WebApplicationBuilder AddCertStatusLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>One line per request: method, route template, status and elapsed time; never bodies.</summary>
    public static WebApplication UseCertStatusRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RoutePattern} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.EnrichDiagnosticContext = (diagnostics, httpContext) =>
                diagnostics.Set("RoutePattern", (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? httpContext.Request.Path.Value);
        });
        return app;
    }
}
