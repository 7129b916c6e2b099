namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// One Idempotency-Key as the database remembers it: which request claimed it (by the hash of its
/// body) and, once that request finished, the answer to replay. Shared by every replica.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int ScopeMaxLength = 100;
    public const int KeyMaxLength = IdempotentRequest.KeyMaxLength;
    public const int RequestHashLength = 64;
    public const int LocationMaxLength = 2048;
    public const int ETagMaxLength = 100;

    /// <summary>The operation the key was used with (for example <c>CertificationStatuses.Create</c>); keys are unique per operation.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request body, hex: a repeat must send the same body.</summary>
    public required string RequestHash { get; init; }

    /// <summary>Null while the first request with this key is still being handled.</summary>
    public int? StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// When the key is forgotten: the end of the in-flight timeout while <see cref="StatusCode"/> is
    /// null (so a replica that stopped mid-request does not lock the key out for a day), the end of
    /// the key lifetime once the answer is stored.
    /// </summary>
    public DateTimeOffset ExpiresAt { get; init; }
}
