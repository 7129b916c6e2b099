using System.Text.RegularExpressions;

namespace CertStatus.Domain.Certifications;

/// <summary>
/// The limits every certification obeys; shared by the domain's guards, the validators and the
/// database schema so that the three never disagree.
/// </summary>
public static partial class CertificationRules
{
    public const int IdentifierMaxLength = 64;
    public const int CertificationTypeMaxLength = 64;
    public const int UpdatedReasonMaxLength = 200;
    public const int RenewalNotesMaxLength = 2000;
    public const int EarliestYear = 1900;
    public const int LatestYear = 2999;

    /// <summary>
    /// 1–64 characters of A-Z a-z 0-9 . _ -, starting with a letter or digit. <c>\z</c>, not <c>$</c>:
    /// <c>$</c> would also match before a trailing newline.
    /// </summary>
    public const string IdentifierPattern = @"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z";

    /// <summary>Lower-case words joined by underscores, as in <c>peer_mentor_standard</c>.</summary>
    public const string CertificationTypePattern = @"^[a-z0-9][a-z0-9_]{0,63}\z";

    public static bool IsValidIdentifier(string? value) =>
        value is not null && IdentifierRegex().IsMatch(value);

    public static bool IsValidCertificationType(string? value) =>
        value is not null && CertificationTypeRegex().IsMatch(value);

    public static bool IsWithinSupportedRange(DateTimeOffset value) =>
        value.UtcDateTime.Year is >= EarliestYear and <= LatestYear;

    [GeneratedRegex(IdentifierPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierRegex();

    [GeneratedRegex(CertificationTypePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CertificationTypeRegex();
}
