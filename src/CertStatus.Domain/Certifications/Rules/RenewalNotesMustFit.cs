using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal's notes, when it has any, fit the schema.</summary>
public sealed class RenewalNotesMustFit(string? notes) : IDomainRule
{
    public string Code => "renewal.notes_too_long";

    public string Field => "notes";

    public string Message => $"Renewal notes must be at most {CertificationRules.RenewalNotesMaxLength} characters.";

    public bool IsBroken() => notes is { Length: > CertificationRules.RenewalNotesMaxLength };
}
