using System.Security.Claims;

namespace CertStatus.Api.Security;

/// <summary>
/// The scopes of the API and which one an HTTP method needs. Each scope is also the name of the
/// authorization policy that demands it.
/// </summary>
internal static class Scopes
{
    public const string Read = "certifications.read";
    public const string Write = "certifications.write";

    // Identity providers differ: "scope" (RFC 8693/9068) or "scp" (Entra ID), each either one
    // space-separated string or a JSON array (one claim per element).
    private static readonly string[] ClaimTypes = ["scope", "scp"];

    /// <summary>The scope a request with this method needs, or <see langword="null"/> when it needs none.</summary>
    public static string? RequiredFor(string httpMethod, bool requireForReads) =>
        HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod) || HttpMethods.IsOptions(httpMethod)
            ? requireForReads ? Read : null
            : Write;

    /// <summary>Whether the principal's token grants the scope, in any of the usual claim forms.</summary>
    public static bool IsGranted(ClaimsPrincipal user, string scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Claims
            .Where(claim => ClaimTypes.Contains(claim.Type, StringComparer.Ordinal))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Contains(scope, StringComparer.Ordinal);
    }
}
