using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using Mediator;

namespace CertStatus.Application.Certifications.CreateCertification;

internal sealed class CreateCertificationCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CreateCertificationCommand, CertificationResponse>
{
    public async ValueTask<CertificationResponse> Handle(CreateCertificationCommand command, CancellationToken cancellationToken)
    {
        var mentorId = command.MentorId!;
        if (await certifications.ExistsAsync(mentorId, cancellationToken))
        {
            throw new DuplicateException(CertificationResources.CertificationStatus, mentorId);
        }

        var now = clock.GetUtcNow();
        var certification = Certification.Issue(
            mentorId,
            command.CertificationType!,
            command.IssueDate!.Value,
            command.ExpiryDate!.Value,
            now);
        certifications.Add(certification);

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (UniqueConstraintViolationException)
        {
            throw new DuplicateException(CertificationResources.CertificationStatus, mentorId);
        }

        return certification.ToResponse(now);
    }
}
