using CertStatus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Certifications.CreateCertification;

internal sealed class CreateCertificationCommandValidator : AbstractValidator<CreateCertificationCommand>
{
    public CreateCertificationCommandValidator(IOptions<CertificationTypeOptions> options)
    {
        RuleFor(c => c.MentorId).MustBeIdentifier();
        RuleFor(c => c.CertificationType).MustBeConfiguredType(options.Value.Allowed);
        RuleFor(c => c.IssueDate).MustBeSupportedDate();
        RuleFor(c => c.ExpiryDate).MustBeSupportedDate();
        RuleFor(c => c.ExpiryDate)
            .GreaterThan(c => c.IssueDate)
            .When(c => c.IssueDate is not null && c.ExpiryDate is not null)
            .WithMessage("'{PropertyName}' must be after 'issue_date'.");
    }
}
