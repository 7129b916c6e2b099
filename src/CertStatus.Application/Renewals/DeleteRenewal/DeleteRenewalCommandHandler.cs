using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Renewals.DeleteRenewal;

internal sealed class DeleteRenewalCommandHandler(
    ICertificationRepository certifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<DeleteRenewalCommand, DeleteRenewalResponse>
{
    public async ValueTask<DeleteRenewalResponse> Handle(DeleteRenewalCommand command, CancellationToken cancellationToken)
    {
        var (certification, renewal) = await certifications.LoadRenewalAsync(command.RenewalId, cancellationToken);
        command.IfMatch.EnsureSatisfiedBy(renewal.Version);

        certification.RemoveRenewal(renewal, clock.GetUtcNow());
        await unitOfWork.CommitAsync(cancellationToken);

        return new DeleteRenewalResponse(true, renewal.RenewalId);
    }
}
