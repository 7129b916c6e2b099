namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>What <see cref="IIdempotencyStore.ClaimAsync"/> found; <see cref="Answer"/> is set for a replay only.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, StoredAnswer? Answer = null)
{
    public static IdempotencyClaim Claimed { get; } = new(IdempotencyClaimOutcome.Claimed);

    public static IdempotencyClaim InFlight { get; } = new(IdempotencyClaimOutcome.InFlight);

    public static IdempotencyClaim KeyReusedWithAnotherRequest { get; } = new(IdempotencyClaimOutcome.KeyReusedWithAnotherRequest);

    public static IdempotencyClaim Replay(StoredAnswer answer) => new(IdempotencyClaimOutcome.Replay, answer);
}
