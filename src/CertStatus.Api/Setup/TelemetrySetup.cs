using CertStatus.Api.Configuration;
using CertStatus.Application.Common.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CertStatus.Api.Setup;

internal static class TelemetrySetup
{
    public const string ServiceName = "CertStatus.Api";

    /// <summary>
    /// OpenTelemetry traces and metrics (ASP.NET Core, HttpClient, EF Core, the runtime and the
    /// service's own counters), exported over OTLP to <c>OpenTelemetry:Endpoint</c>. Without an
    /// endpoint nothing is collected or exported.
    /// </summary>
    public static WebApplicationBuilder AddCertStatusTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.SectionName).ExporterEndpoint is not { } exporterEndpoint)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = httpContext =>
                    !httpContext.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = exporterEndpoint))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(CertStatusMetrics.MeterName)
                .AddOtlpExporter(otlp => otlp.Endpoint = exporterEndpoint));
        return builder;
    }
}
