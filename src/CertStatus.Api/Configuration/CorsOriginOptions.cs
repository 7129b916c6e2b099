namespace CertStatus.Api.Configuration;

/// <summary>The browser origins allowed to call the API (configuration section <c>Cors</c>); none, the default, keeps CORS closed.</summary>
internal sealed class CorsOriginOptions
{
    public const string SectionName = "Cors";

    [Origins(ErrorMessage = "must be an origin: http or https, a host and an optional port, nothing after (e.g. https://portal.example.org)")]
    public IList<string> AllowedOrigins { get; } = [];
}
