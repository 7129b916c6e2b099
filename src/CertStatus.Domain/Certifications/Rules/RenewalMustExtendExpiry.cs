using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal moves the expiry later than the expiry it replaces; it never shortens it.</summary>
public sealed class RenewalMustExtendExpiry(DateTimeOffset previousExpiryDate, DateTimeOffset newExpiryDate)
    : DomainRule("renewal.must_extend_expiry", "new_expiry_date")
{
    public override string Message =>
        $"The new expiry date {RuleText.Instant(newExpiryDate)} must be after the expiry date it replaces, {RuleText.Instant(previousExpiryDate)}.";

    public override bool IsBroken() => newExpiryDate <= previousExpiryDate;
}
