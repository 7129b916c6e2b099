using System.Globalization;

namespace CertStatus.Domain.Certifications;

/// <summary>
/// A renewal's public id: <c>renewal-</c> followed by its database-generated number, zero-padded to
/// at least four digits (<c>renewal-0042</c>, <c>renewal-12345</c>). Each number has exactly one
/// spelling, so <c>renewal-42</c> or <c>renewal-00042</c> name nothing.
/// </summary>
public static class RenewalIds
{
    public const string Prefix = "renewal-";

    public static string Format(long number) =>
        Prefix + number.ToString("D4", CultureInfo.InvariantCulture);

    public static bool TryParse(string? renewalId, out long number)
    {
        number = 0;
        if (renewalId is null || !renewalId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = renewalId.AsSpan(Prefix.Length);
        if (digits.Length < 4
            || digits.ContainsAnyExceptInRange('0', '9')
            || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            || parsed <= 0
            || Format(parsed) != renewalId)
        {
            return false;
        }

        number = parsed;
        return true;
    }
}
