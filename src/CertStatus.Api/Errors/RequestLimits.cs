namespace CertStatus.Api.Errors;

internal static class RequestLimits
{
    /// <summary>64 KiB: far above any valid body of this API, far below what could hurt it.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>Seconds a caller should wait after a 503 before trying again.</summary>
    public const string RetryAfterOutage = "5";
}
