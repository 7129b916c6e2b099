namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// One Idempotency-Key as the database remembers it: which request claimed it (by the hash of its
/// body) and, once that request finished, the answer to replay. Shared by every replica.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int ScopeMaxLength = 100;
    public const int KeyMaxLength = 200;
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

    public DateTimeOffset ExpiresAt { get; init; }
}
