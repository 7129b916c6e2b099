using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using Mediator;

namespace CertStatus.Application.Common.Behaviors;

/// <summary>
/// Runs a retry-safe command again, a bounded number of times, when another request changed the
/// same aggregate between its read and its write. When the attempts run out the conflict
/// surfaces as a 409, never as a silently lost update.
/// </summary>
public sealed class ConcurrencyRetryBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IRetryOnConcurrencyConflict
{
    public const int MaxAttempts = 5;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                unitOfWork.DiscardChanges();
            }
        }
    }
}
