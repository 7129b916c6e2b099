using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A correction of a renewal changes its new expiry date, its notes, or both.</summary>
public sealed class CorrectionMustChangeSomething(DateTimeOffset? newExpiryDate, string? notes)
    : DomainRule("renewal.empty_correction", "body")
{
    public override string Message => "A correction must change new_expiry_date, notes, or both.";

    public override bool IsBroken() => newExpiryDate is null && notes is null;
}
