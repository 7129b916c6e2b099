using FluentValidation;

namespace CertStatus.Application.Certifications.GetCertification;

/// <summary>
/// A path id that breaks the id rules cannot name a stored certification, so it is left to the
/// handler's 404; only the absence of an id is a caller's mistake.
/// </summary>
internal sealed class GetCertificationQueryValidator : AbstractValidator<GetCertificationQuery>
{
    public GetCertificationQueryValidator()
    {
        RuleFor(q => q.MentorId).NotEmpty();
    }
}
