using FluentValidation;

namespace CertStatus.Application.Renewals.GetRenewal;

/// <summary>An id that is not a canonical renewal id names nothing: that is the handler's 404, not a 400.</summary>
internal sealed class GetRenewalQueryValidator : AbstractValidator<GetRenewalQuery>
{
    public GetRenewalQueryValidator()
    {
        RuleFor(q => q.RenewalId).NotEmpty();
    }
}
