using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Architecture.Tests.Violations.CommandsUseOnlyTheWriteSide;

public sealed record FakeCommand(string MentorId) : ICommand<bool>;

[Violates("decides on a read model")]
internal sealed class CommandOnAReadModel(ICertificationReadStore readStore) : ICommandHandler<FakeCommand, bool>
{
    public async ValueTask<bool> Handle(FakeCommand command, CancellationToken cancellationToken) =>
        await readStore.FindCertificationAsync(command.MentorId, cancellationToken) is not null;
}

/// <summary>The control: a command that loads the aggregate and commits.</summary>
internal sealed class CommandOnTheAggregate(ICertificationRepository certifications, IUnitOfWork unitOfWork) : ICommandHandler<FakeCommand, bool>
{
    public async ValueTask<bool> Handle(FakeCommand command, CancellationToken cancellationToken)
    {
        var certification = await certifications.FindAsync(command.MentorId, cancellationToken);
        if (certification is null)
        {
            return false;
        }

        certifications.Remove(certification);
        await unitOfWork.CommitAsync(cancellationToken);
        return true;
    }
}
