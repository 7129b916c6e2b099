namespace CertStatus.Domain.Certifications.Rules;

internal static class RuleText
{
    /// <summary>An instant as the contract writes it: UTC, with no more fractional digits than it has.</summary>
    public static string Instant(DateTimeOffset value) => $"{value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}";
}
