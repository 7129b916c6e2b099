using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal's notes, when it has any, fit the schema.</summary>
public sealed class RenewalNotesMustFit(string? notes)
    : DomainRule("renewal.notes_too_long", "notes")
{
    public override string Message => $"Renewal notes must be at most {CertificationRules.RenewalNotesMaxLength} characters.";

    public override bool IsBroken() => notes is { Length: > CertificationRules.RenewalNotesMaxLength };
}
