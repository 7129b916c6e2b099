using System.Diagnostics.CodeAnalysis;
using Mediator;

namespace CertStatus.Architecture.Tests.Violations.HandlersAreInternalSealed;

public sealed record FakeCommand : ICommand<Unit>;

public sealed record FakeQuery : IQuery<int>;

public sealed record FakeNotification : INotification;

[Violates("public")]
public sealed class PublicCommandHandler : ICommandHandler<FakeCommand, Unit>
{
    public ValueTask<Unit> Handle(FakeCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
}

[Violates("not sealed")]
[SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "Unsealed on purpose: it is the violation.")]
internal class UnsealedQueryHandler : IQueryHandler<FakeQuery, int>
{
    public ValueTask<int> Handle(FakeQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

[Violates("public, and a notification handler rather than a command handler")]
public sealed class PublicNotificationHandler : INotificationHandler<FakeNotification>
{
    public ValueTask Handle(FakeNotification notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>The control: internal and sealed, as every handler should be.</summary>
internal sealed class CompliantQueryHandler : IQueryHandler<FakeQuery, int>
{
    public ValueTask<int> Handle(FakeQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}
