using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Certifications.ChangeCertificationExpiry;

internal sealed class ChangeCertificationExpiryCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<ChangeCertificationExpiryCommand, CertificationResponse>
{
    public async ValueTask<CertificationResponse> Handle(ChangeCertificationExpiryCommand command, CancellationToken cancellationToken)
    {
        var certification = await certifications.FindAsync(command.MentorId, cancellationToken)
            ?? throw new NotFoundException(CertificationResources.CertificationStatus, command.MentorId);
        command.IfMatch.EnsureSatisfiedBy(certification.Version);

        var now = clock.GetUtcNow();
        certification.ChangeExpiry(command.ExpiryDate!.Value, command.UpdatedReason!, now);
        await unitOfWork.CommitAsync(cancellationToken);

        return certification.ToResponse(now);
    }
}
