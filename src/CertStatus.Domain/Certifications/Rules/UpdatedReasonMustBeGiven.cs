using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A direct change of the expiry date says why, in a reason the schema can hold.</summary>
public sealed class UpdatedReasonMustBeGiven(string? reason) : IDomainRule
{
    public string Code => "certification.invalid_updated_reason";

    public string Field => "updated_reason";

    public string Message =>
        $"A reason of 1–{CertificationRules.UpdatedReasonMaxLength} characters, not only white space, is required to change the expiry date.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason) || reason.Length > CertificationRules.UpdatedReasonMaxLength;
}
