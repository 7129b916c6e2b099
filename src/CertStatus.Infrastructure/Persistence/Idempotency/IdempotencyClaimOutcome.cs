namespace CertStatus.Infrastructure.Persistence.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>The key was free and now belongs to this request: run it, then complete or release.</summary>
    Claimed,

    /// <summary>The same request was answered before: replay <see cref="IdempotencyClaim.Answer"/>.</summary>
    Replay,

    /// <summary>The same request is still being handled (here or by another replica): try again shortly.</summary>
    InFlight,

    /// <summary>The key was used with a different body: refuse, and change nothing.</summary>
    KeyReusedWithAnotherRequest,
}
