using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;

namespace CertStatus.Api.Idempotency;

/// <summary>
/// Completes or releases a claimed key once the request has its answer. Bookkeeping goes on when
/// the caller has gone: a claim left behind would block retries until it times out. A failure here
/// never changes the caller's answer; it is logged instead.
/// </summary>
internal sealed partial class IdempotencyBookkeeping(IIdempotencyStore store, DatabaseAvailability databaseAvailability, ILogger logger)
{
    public async Task CompleteAsync(IdempotentRequest request, StoredAnswer answer)
    {
        try
        {
            await store.CompleteAsync(request, answer, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The write has happened; the caller still gets its answer. Retries get 409 until the claim times out.
            Failed(exception, "store the answer for", request.Scope);
        }
    }

    public async Task ReleaseAsync(IdempotentRequest request)
    {
        try
        {
            await store.ReleaseAsync(request, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Failed(exception, "release", request.Scope);
        }
    }

    /// <summary>An outage is logged once, when it begins, however many requests meet it.</summary>
    private void Failed(Exception exception, string action, string scope)
    {
        if (!databaseAvailability.ReportIfOutage(exception))
        {
            LogBookkeepingFailed(logger, exception, action, scope);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Action} an Idempotency-Key of {Scope}")]
    private static partial void LogBookkeepingFailed(ILogger logger, Exception exception, string action, string scope);
}
