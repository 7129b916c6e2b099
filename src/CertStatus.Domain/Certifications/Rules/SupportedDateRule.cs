using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A date the service stores, which must fall in the years the schema and the contract support.</summary>
/// <param name="subject">How the message names the date.</param>
public abstract class SupportedDateRule(DateTimeOffset date, string code, string fieldName, string subject)
    : DomainRule(code, fieldName)
{
    /// <summary>What the rule asks of the date, without naming it; the validators say it of their field.</summary>
    public static string Requirement { get; } =
        $"must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.";

    public override string Message => $"{subject} {RuleText.Instant(date)} {Requirement}";

    public override bool IsBroken() => !CertificationRules.IsWithinSupportedRange(date);
}
