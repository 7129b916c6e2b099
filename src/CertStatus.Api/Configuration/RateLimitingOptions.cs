using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Configuration;

/// <summary>Requests per client and window (configuration section <c>RateLimiting</c>); off unless a limit is set.</summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public const int MaxPermitLimit = 1_000_000;

    public const int MaxWindowSeconds = 86_400;

    /// <summary>Requests each client may make per window; null (unset, empty or JSON <c>null</c>) turns rate limiting off.</summary>
    [Range(1, MaxPermitLimit, ErrorMessage = "must be a whole number of requests from 1 to 1000000, or unset (null) to turn rate limiting off")]
    public int? PermitLimit { get; set; }

    [Range(1, MaxWindowSeconds, ErrorMessage = "must be a whole number of seconds from 1 to 86400")]
    public int WindowSeconds { get; set; } = 60;

    public bool IsOn => PermitLimit is not null;
}
