using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Telemetry;
using FluentValidation;
using Mediator;

namespace CertStatus.Application.Common.Behaviors;

/// <summary>
/// Counts what the service did, in one place rather than in every handler: the requests validation
/// refused, and whatever the aggregates recorded in the changes the message committed.
/// </summary>
public sealed class MetricsBehavior<TMessage, TResponse>(CertStatusMetrics metrics, CommittedEvents committedEvents)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (ValidationException)
        {
            metrics.ValidationFailed(typeof(TMessage).Name);
            throw;
        }

        foreach (var domainEvent in committedEvents.TakeAll())
        {
            metrics.Count(domainEvent);
        }

        return response;
    }
}
