namespace CertStatus.Api.Http;

/// <summary>
/// The one place that spells a stored version as a strong HTTP entity tag (RFC 9110 §8.8.3) and
/// reads it back. The Application speaks versions only; the ETag and If-Match headers go through here.
/// </summary>
internal static class EntityTag
{
    public static string For(Guid version) => $"\"{version:N}\"";

    /// <summary>
    /// The version a tag names, if it is spelled exactly as <see cref="For"/> spells one: a tag in
    /// any other spelling (another case, braces, no quotes) names no stored version, so it matches nothing.
    /// </summary>
    public static bool TryReadVersion(string tag, out Guid version) =>
        Guid.TryParseExact(tag.Trim('"'), "N", out version)
        && string.Equals(For(version), tag, StringComparison.Ordinal);
}
