using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>An id a person or a system is known by: what <see cref="CertificationRules.IdentifierPattern"/> allows.</summary>
/// <param name="subject">How the message names the value.</param>
public abstract class IdentifierRule(string? value, string code, string fieldName, string subject)
    : DomainRule(code, fieldName)
{
    /// <summary>What the rule asks of the value, without naming it; the validators say it of their field.</summary>
    public static string Requirement { get; } =
        $"must be 1–{CertificationRules.IdentifierMaxLength} characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.";

    public override string Message => $"{subject} {Requirement}";

    public override bool IsBroken() => !CertificationRules.IsValidIdentifier(value);
}
