namespace CertStatus.Api.Security;

/// <summary>
/// The <c>Authentication</c> section. Authentication is on when an <see cref="Authority"/> (an
/// OpenID Connect issuer whose metadata names its signing keys) or a symmetric
/// <see cref="SigningKey"/> (local and test use) is set; otherwise every route is open.
/// </summary>
internal sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>The token issuer's base address; its discovery document supplies the issuer and signing keys.</summary>
    public string? Authority { get; init; }

    /// <summary>The audience tokens must be issued for (the <c>aud</c> claim); not checked when empty.</summary>
    public string? Audience { get; init; }

    /// <summary>The issuer tokens must name (the <c>iss</c> claim); with an authority, its own issuer is used when empty.</summary>
    public string? Issuer { get; init; }

    /// <summary>A shared secret (UTF-8, at least 32 bytes) that signs tokens with HMAC, instead of an authority's keys.</summary>
    public string? SigningKey { get; init; }

    /// <summary>Whether reads need a token with the read scope too; by default they are open.</summary>
    public bool RequireForReads { get; init; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS; turn off only for a local identity provider.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool IsEnabled => HasValue(Authority) || HasValue(SigningKey);

    public static AuthenticationSettings FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<AuthenticationSettings>() ?? new AuthenticationSettings();

    public static bool HasValue(string? setting) => !string.IsNullOrWhiteSpace(setting);
}
