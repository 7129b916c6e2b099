using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification's type is a lower-case word list (<see cref="CertificationRules.CertificationTypePattern"/>).</summary>
public sealed class CertificationTypeMustBeValid(string? certificationType)
    : DomainRule("certification.invalid_certification_type", "certification_type")
{
    public override string Message =>
        $"A certification type must be 1–{CertificationRules.CertificationTypeMaxLength} characters of a-z, 0-9 or '_'.";

    public override bool IsBroken() => !CertificationRules.IsValidCertificationType(certificationType);
}
