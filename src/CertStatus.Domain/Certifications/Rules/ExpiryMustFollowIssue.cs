using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification expires after it was issued, however its expiry is set.</summary>
public sealed class ExpiryMustFollowIssue(DateTimeOffset issueDate, DateTimeOffset expiryDate) : IDomainRule
{
    public string Code => "certification.expiry_not_after_issue";

    public string Field => "expiry_date";

    public string Message =>
        $"The expiry date {RuleText.Instant(expiryDate)} must be after the issue date {RuleText.Instant(issueDate)}.";

    public bool IsBroken() => expiryDate <= issueDate;
}
