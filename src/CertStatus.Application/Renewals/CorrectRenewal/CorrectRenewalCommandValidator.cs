using CertStatus.Application.Common.Validation;
using CertStatus.Domain.Certifications;
using FluentValidation;

namespace CertStatus.Application.Renewals.CorrectRenewal;

internal sealed class CorrectRenewalCommandValidator : AbstractValidator<CorrectRenewalCommand>
{
    public CorrectRenewalCommandValidator()
    {
        RuleFor(c => c.RenewalId).NotEmpty();
        RuleFor(c => c.NewExpiryDate)
            .NotNull()
            .When(c => c.Notes is null)
            .WithMessage("Give 'new_expiry_date', 'notes', or both.");
        RuleFor(c => c.NewExpiryDate).MustBeSupportedDate().When(c => c.NewExpiryDate is not null);
        RuleFor(c => c.Notes).MaximumLength(CertificationRules.RenewalNotesMaxLength);
    }
}
