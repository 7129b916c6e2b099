using FluentValidation;

namespace CertStatus.Application.Renewals.DeleteRenewal;

internal sealed class DeleteRenewalCommandValidator : AbstractValidator<DeleteRenewalCommand>
{
    public DeleteRenewalCommandValidator()
    {
        RuleFor(c => c.RenewalId).NotEmpty();
    }
}
