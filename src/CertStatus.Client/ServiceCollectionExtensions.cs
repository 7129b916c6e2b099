using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CertStatus.Client;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICertificationStatusesClient"/>, <see cref="ICertificationRenewalsClient"/>
    /// and <see cref="IChangesClient"/> as typed clients of <see cref="IHttpClientFactory"/>, talking to <paramref name="baseUrl"/>,
    /// with the standard resilience pipeline (timeouts, circuit breaker, retries — of POSTs too, made
    /// safe by an Idempotency-Key per call) and, when configured, a bearer token on every request.
    /// </summary>
    public static IServiceCollection AddCertStatusClient(
        this IServiceCollection services,
        Uri baseUrl,
        Action<CertStatusClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var options = new CertStatusClientOptions();
        configure?.Invoke(options);

        // The generated clients call relative paths (api/v1/...): the base must end with a slash,
        // or its last segment would be replaced.
        var baseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

        AddTypedClient<ICertificationStatusesClient, CertificationStatusesClient>(services, baseAddress, options);
        AddTypedClient<ICertificationRenewalsClient, CertificationRenewalsClient>(services, baseAddress, options);
        AddTypedClient<IChangesClient, ChangesClient>(services, baseAddress, options);
        return services;
    }

    private static void AddTypedClient<TClient, TImplementation>(
        IServiceCollection services,
        Uri baseAddress,
        CertStatusClientOptions options)
        where TClient : class
        where TImplementation : class, TClient
    {
        var builder = services.AddHttpClient<TClient, TImplementation>(http => http.BaseAddress = baseAddress);

        if (options.AccessTokenProvider is { } accessTokenProvider)
        {
            builder.AddHttpMessageHandler(() => new BearerTokenHandler(accessTokenProvider));
        }

        // Before (outside) the resilience handler: one key per call, the same on each of its retries.
        builder.AddHttpMessageHandler(() => new IdempotencyKeyHandler());

        if (options.UseStandardResilience)
        {
            // POSTs are retried too: each carries an Idempotency-Key, so a retry after a lost
            // response gets the stored answer instead of recording a renewal twice. A 409 with
            // Retry-After means the service is still handling the first attempt: wait, ask again.
            // PATCH and CONNECT, which carry no key, are never retried.
            builder.AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.ShouldHandle = arguments => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(arguments.Outcome) || IsStillInFlight(arguments.Outcome.Result));
                resilience.Retry.DisableFor(HttpMethod.Patch, HttpMethod.Connect);
            });
        }
    }

    /// <summary>The service's answer to a repeat of a POST whose first attempt it is still handling.</summary>
    internal static bool IsStillInFlight(HttpResponseMessage? response) =>
        response is { StatusCode: HttpStatusCode.Conflict, Headers.RetryAfter: not null }
        && response.RequestMessage?.Headers.Contains(IdempotencyKeyHandler.HeaderName) == true;
}
