using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification expires after it was issued, however its expiry is set.</summary>
public sealed class ExpiryMustFollowIssue(DateTimeOffset issueDate, DateTimeOffset expiryDate)
    : DomainRule("certification.expiry_not_after_issue", "expiry_date")
{
    public override string Message =>
        $"The expiry date {RuleText.Instant(expiryDate)} must be after the issue date {RuleText.Instant(issueDate)}.";

    public override bool IsBroken() => expiryDate <= issueDate;
}
