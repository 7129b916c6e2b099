namespace CertStatus.Application.Common.Idempotency;

/// <summary>What <see cref="IIdempotencyStore.ClaimAsync"/> found; <see cref="Response"/> is set for a replay only.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, IdempotentResponse? Response = null)
{
    public static IdempotencyClaim Claimed { get; } = new(IdempotencyClaimOutcome.Claimed);

    public static IdempotencyClaim InFlight { get; } = new(IdempotencyClaimOutcome.InFlight);

    public static IdempotencyClaim KeyReusedWithAnotherRequest { get; } = new(IdempotencyClaimOutcome.KeyReusedWithAnotherRequest);

    public static IdempotencyClaim Replay(IdempotentResponse response) => new(IdempotencyClaimOutcome.Replay, response);
}
