namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>A request carrying an Idempotency-Key.</summary>
/// <param name="Scope">The operation (for example <c>CertificationStatuses.Create</c>): one key may be used once per operation.</param>
/// <param name="Key">The Idempotency-Key as sent, at most <see cref="KeyMaxLength"/> characters.</param>
/// <param name="RequestHash">SHA-256 of the request body, lower-case hex: a repeat must send the same bytes.</param>
public sealed record IdempotentRequest(string Scope, string Key, string RequestHash)
{
    /// <summary>The longest key the store holds; the Api accepts no longer one.</summary>
    public const int KeyMaxLength = 200;
}
