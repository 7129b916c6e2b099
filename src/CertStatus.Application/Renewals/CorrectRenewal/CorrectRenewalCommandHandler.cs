using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Renewals.CorrectRenewal;

internal sealed class CorrectRenewalCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CorrectRenewalCommand, RenewalResponse>
{
    public async ValueTask<RenewalResponse> Handle(CorrectRenewalCommand command, CancellationToken cancellationToken)
    {
        var (certification, renewal) = await certifications.LoadRenewalAsync(command.RenewalId, cancellationToken);
        command.IfMatch.EnsureSatisfiedBy(renewal.Version);

        certification.CorrectRenewal(renewal, command.NewExpiryDate, command.Notes, clock.GetUtcNow());
        await unitOfWork.CommitAsync(cancellationToken);

        return renewal.ToResponse();
    }
}
