using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Certifications.DeleteCertification;

internal sealed class DeleteCertificationCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork) : ICommandHandler<DeleteCertificationCommand, DeleteCertificationResponse>
{
    public async ValueTask<DeleteCertificationResponse> Handle(DeleteCertificationCommand command, CancellationToken cancellationToken)
    {
        var certification = await certifications.FindAsync(command.MentorId, cancellationToken)
            ?? throw new NotFoundException(CertificationResources.CertificationStatus, command.MentorId);
        command.IfMatch.EnsureSatisfiedBy(certification.Version);

        certification.Delete();
        certifications.Remove(certification);
        await unitOfWork.CommitAsync(cancellationToken);

        return new DeleteCertificationResponse(true, certification.MentorId);
    }
}
