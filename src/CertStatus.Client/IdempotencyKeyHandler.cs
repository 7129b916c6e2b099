namespace CertStatus.Client;

/// <summary>
/// Gives every POST that has none an <c>Idempotency-Key</c> (a fresh GUID). It runs outside the
/// resilience handler, once per call, so every retry of that call carries the same key and the
/// service answers a retry of a POST it already handled with the stored answer instead of writing again.
/// </summary>
internal sealed class IdempotencyKeyHandler(Func<string> newKey) : DelegatingHandler
{
    public const string HeaderName = "Idempotency-Key";

    public IdempotencyKeyHandler()
        : this(static () => Guid.NewGuid().ToString("D"))
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == HttpMethod.Post && !request.Headers.Contains(HeaderName))
        {
            request.Headers.Add(HeaderName, newKey());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
