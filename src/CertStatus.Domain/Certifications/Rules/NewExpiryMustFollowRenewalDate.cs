using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal's new expiry comes after the renewal itself, even for a certification renewed after it lapsed.</summary>
public sealed class NewExpiryMustFollowRenewalDate(DateTimeOffset renewalDate, DateTimeOffset newExpiryDate)
    : DomainRule("renewal.new_expiry_not_after_renewal_date", "new_expiry_date")
{
    public override string Message =>
        $"The new expiry date {RuleText.Instant(newExpiryDate)} must be after the renewal date {RuleText.Instant(renewalDate)}.";

    public override bool IsBroken() => newExpiryDate <= renewalDate;
}
