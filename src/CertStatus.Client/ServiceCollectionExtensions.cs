using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CertStatus.Client;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICertificationStatusesClient"/> and <see cref="ICertificationRenewalsClient"/>
    /// as typed clients of <see cref="IHttpClientFactory"/>, talking to <paramref name="baseUrl"/>,
    /// with the standard resilience pipeline (timeouts, circuit breaker, retries of idempotent
    /// calls only) and, when configured, a bearer token on every request.
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

        if (options.UseStandardResilience)
        {
            // The standard pipeline retries every method; a POST retried after a lost response
            // could record a renewal twice, so only idempotent methods are retried.
            builder.AddStandardResilienceHandler(resilience =>
                resilience.Retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect));
        }
    }
}
