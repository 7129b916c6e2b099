using CertStatus.Application.Common.Validation;
using CertStatus.Domain.Certifications;
using FluentValidation;

namespace CertStatus.Application.Certifications.ChangeCertificationExpiry;

internal sealed class ChangeCertificationExpiryCommandValidator : AbstractValidator<ChangeCertificationExpiryCommand>
{
    public ChangeCertificationExpiryCommandValidator()
    {
        RuleFor(c => c.MentorId).NotEmpty();
        RuleFor(c => c.ExpiryDate).MustBeSupportedDate();
        RuleFor(c => c.UpdatedReason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason))
            .WithMessage("'{PropertyName}' is required: say why the expiry date changes.")
            .MaximumLength(CertificationRules.UpdatedReasonMaxLength);
    }
}
