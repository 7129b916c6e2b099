using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A direct change of the expiry date says why, in a reason the schema can hold.</summary>
public sealed class UpdatedReasonMustBeGiven(string? reason)
    : DomainRule("certification.invalid_updated_reason", "updated_reason")
{
    public override string Message =>
        $"A reason of 1–{CertificationRules.UpdatedReasonMaxLength} characters, not only white space, is required to change the expiry date.";

    public override bool IsBroken() => string.IsNullOrWhiteSpace(reason) || reason.Length > CertificationRules.UpdatedReasonMaxLength;
}
