using CertStatus.Application.Common.Validation;
using CertStatus.Domain.Certifications;
using FluentValidation;

namespace CertStatus.Application.Renewals.RenewCertification;

internal sealed class RenewCertificationCommandValidator : AbstractValidator<RenewCertificationCommand>
{
    public RenewCertificationCommandValidator()
    {
        RuleFor(c => c.MentorId).MustBeIdentifier();
        RuleFor(c => c.RenewalDate).MustBeSupportedDate();
        RuleFor(c => c.NewExpiryDate).MustBeSupportedDate();
        RuleFor(c => c.NewExpiryDate)
            .GreaterThan(c => c.RenewalDate)
            .When(c => c.RenewalDate is not null && c.NewExpiryDate is not null)
            .WithMessage("'{PropertyName}' must be after 'renewal_date'.");
        RuleFor(c => c.ProcessedBy).MustBeIdentifier();
        RuleFor(c => c.Notes).MaximumLength(CertificationRules.RenewalNotesMaxLength);
    }
}
