using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification cannot be renewed before it was issued.</summary>
public sealed class RenewalMustNotPrecedeIssue(DateTimeOffset issueDate, DateTimeOffset renewalDate) : IDomainRule
{
    public string Code => "renewal.renewal_date_before_issue";

    public string Field => "renewal_date";

    public string Message =>
        $"The renewal date {RuleText.Instant(renewalDate)} must be on or after the certification's issue date {RuleText.Instant(issueDate)}.";

    public bool IsBroken() => renewalDate < issueDate;
}
