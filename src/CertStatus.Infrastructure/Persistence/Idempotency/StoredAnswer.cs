namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// The answer kept for an Idempotency-Key, as the Api captured it and will replay it. The store
/// keeps these values and hands them back; what they mean (which answers are kept, how one is
/// replayed) is the Api's to say.
/// </summary>
public sealed record StoredAnswer(int StatusCode, string Body, string? Location, string? ETag);
