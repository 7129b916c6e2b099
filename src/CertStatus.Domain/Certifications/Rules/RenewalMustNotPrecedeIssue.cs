using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification cannot be renewed before it was issued.</summary>
public sealed class RenewalMustNotPrecedeIssue(DateTimeOffset issueDate, DateTimeOffset renewalDate)
    : DomainRule("renewal.renewal_date_before_issue", "renewal_date")
{
    public override string Message =>
        $"The renewal date {RuleText.Instant(renewalDate)} must be on or after the certification's issue date {RuleText.Instant(issueDate)}.";

    public override bool IsBroken() => renewalDate < issueDate;
}
