namespace CertStatus.Client;

/// <summary>How <see cref="ServiceCollectionExtensions.AddCertStatusClient"/> sets up the clients.</summary>
public sealed class CertStatusClientOptions
{
    /// <summary>
    /// Supplies a bearer token for each request; leave null for a service that requires none.
    /// Called per request, so it should return a cached token (as token acquisition libraries do).
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>
    /// Timeouts, a circuit breaker and retries on transient failures of GET, PUT, DELETE and POST
    /// (every POST carries an Idempotency-Key, the same on each retry, so the service never writes
    /// it twice); false turns resilience off. The key is sent either way.
    /// </summary>
    public bool UseStandardResilience { get; set; } = true;
}
