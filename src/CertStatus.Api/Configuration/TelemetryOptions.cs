namespace CertStatus.Api.Configuration;

/// <summary>Where traces and metrics are exported over OTLP (configuration section <c>OpenTelemetry</c>); empty, the default, collects nothing.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    [AbsoluteUrl(ErrorMessage = "must be an absolute http or https URL (e.g. http://otel-collector:4317), or empty to turn export off")]
    public string? Endpoint { get; set; }

    /// <summary>The endpoint, or null when export is off.</summary>
    public Uri? ExporterEndpoint => AbsoluteUrlAttribute.IsHttpUrl(Endpoint) ? new Uri(Endpoint!) : null;
}
