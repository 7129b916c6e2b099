namespace CertStatus.Application.Common.Idempotency;

/// <summary>The answer given to a request with an Idempotency-Key, as it is replayed.</summary>
public sealed record IdempotentResponse(int StatusCode, string Body, string? Location, string? ETag);
