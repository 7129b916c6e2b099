using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Renewals.RenewCertification;

internal sealed class RenewCertificationCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RenewCertificationCommand, RenewalResponse>
{
    public async ValueTask<RenewalResponse> Handle(RenewCertificationCommand command, CancellationToken cancellationToken)
    {
        var mentorId = command.MentorId!;
        var certification = await certifications.FindAsync(mentorId, cancellationToken)
            ?? throw new MissingReferenceException("mentor_id", "certification status", mentorId);

        var renewal = certification.Renew(
            command.RenewalDate!.Value,
            command.NewExpiryDate!.Value,
            command.ProcessedBy!,
            command.Notes,
            clock.GetUtcNow());
        await unitOfWork.CommitAsync(cancellationToken);

        return renewal.ToResponse();
    }
}
