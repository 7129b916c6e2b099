using CertStatus.Domain.Common;

namespace CertStatus.Application.Common.Persistence;

/// <summary>
/// What the aggregates recorded in the changes this scope has committed, kept by the unit of work
/// until the pipeline takes them: a change that failed to commit never happened, so it is never counted.
/// </summary>
public sealed class CommittedEvents
{
    private readonly List<IDomainEvent> _events = [];

    public void Add(IEnumerable<IDomainEvent> events) => _events.AddRange(events);

    /// <summary>The events committed since the last take, oldest first; each is taken once.</summary>
    public IReadOnlyList<IDomainEvent> TakeAll()
    {
        IDomainEvent[] taken = [.. _events];
        _events.Clear();
        return taken;
    }
}
