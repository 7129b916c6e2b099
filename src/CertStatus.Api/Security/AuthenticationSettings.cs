using System.ComponentModel.DataAnnotations;
using CertStatus.Api.Configuration;

namespace CertStatus.Api.Security;

/// <summary>
/// The <c>Authentication</c> section. Authentication is on when an <see cref="Authority"/> (an
/// OpenID Connect issuer whose metadata names its signing keys) or a symmetric
/// <see cref="SigningKey"/> (local and test use) is set; otherwise every route is open.
/// </summary>
internal sealed class AuthenticationSettings : IValidatableObject
{
    public const string SectionName = "Authentication";

    /// <summary>HMAC-SHA256 needs a key of at least 256 bits; a shorter one fails every token, silently.</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>The token issuer's base address; its discovery document supplies the issuer and signing keys.</summary>
    [AbsoluteUrl(ErrorMessage = "must be an absolute https URL (e.g. https://login.microsoftonline.com/<tenant>/v2.0), or empty")]
    public string? Authority { get; init; }

    /// <summary>The audience tokens must be issued for (the <c>aud</c> claim); not checked when empty.</summary>
    public string? Audience { get; init; }

    /// <summary>The issuer tokens must name (the <c>iss</c> claim); with an authority, its own issuer is used when empty.</summary>
    public string? Issuer { get; init; }

    /// <summary>A shared secret (UTF-8, at least 32 bytes) that signs tokens with HMAC, instead of an authority's keys.</summary>
    [DataType(DataType.Password)]
    [MinimumUtf8Bytes(MinimumSigningKeyBytes, ErrorMessage = "must be at least 32 bytes (UTF-8), or empty to use no shared key")]
    public string? SigningKey { get; init; }

    /// <summary>Whether reads need a token with the read scope too; by default they are open.</summary>
    public bool RequireForReads { get; init; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS; turn off only for a local identity provider.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool IsEnabled => HasValue(Authority) || HasValue(SigningKey);

    public static bool HasValue(string? setting) => !string.IsNullOrWhiteSpace(setting);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RequireForReads && !IsEnabled)
        {
            yield return new ValidationResult(
                "needs Authentication:Authority or Authentication:SigningKey; without either, authentication is off and every route is open",
                [nameof(RequireForReads)]);
        }

        if (RequireHttpsMetadata && HasValue(Authority) && !Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                "must be an https URL while Authentication:RequireHttpsMetadata is true (set it to false only for a local identity provider)",
                [nameof(Authority)]);
        }
    }
}
