namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Remembers Idempotency-Keys and the answers given to them, in storage shared by every replica.
/// A key is claimed before the request runs, then either completed with the answer to replay or
/// released so that a retry can run again. Only the Api's Idempotency-Key filter uses it; no use
/// case does, so the contract lives beside its storage rather than among the Application's ports.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for this request unless it is already known (and has not expired): then the
    /// outcome says whether to replay the stored answer, wait for the request still in flight, or
    /// refuse a different body. Expired keys are forgotten on the way.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken);

    /// <summary>Stores the answer of the claimed request, to be replayed until the key expires.</summary>
    Task CompleteAsync(IdempotentRequest request, StoredAnswer answer, CancellationToken cancellationToken);

    /// <summary>Gives up the claim without storing an answer, so that a retry with the key runs again.</summary>
    Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken);
}
