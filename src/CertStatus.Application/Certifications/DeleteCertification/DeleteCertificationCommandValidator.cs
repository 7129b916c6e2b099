using FluentValidation;

namespace CertStatus.Application.Certifications.DeleteCertification;

internal sealed class DeleteCertificationCommandValidator : AbstractValidator<DeleteCertificationCommand>
{
    public DeleteCertificationCommandValidator()
    {
        RuleFor(c => c.MentorId).NotEmpty();
    }
}
