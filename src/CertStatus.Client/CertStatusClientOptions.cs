namespace CertStatus.Client;

/// <summary>How <see cref="ServiceCollectionExtensions.AddCertStatusClient"/> sets up the clients.</summary>
public sealed class CertStatusClientOptions
{
    /// <summary>
    /// Supplies a bearer token for each request; leave null for a service that requires none.
    /// Called per request, so it should return a cached token (as token acquisition libraries do).
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>Retries of idempotent calls (GET, PUT, DELETE) on transient failures; false turns resilience off.</summary>
    public bool UseStandardResilience { get; set; } = true;
}
