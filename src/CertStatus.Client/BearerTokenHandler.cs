using System.Net.Http.Headers;

namespace CertStatus.Client;

/// <summary>Adds <c>Authorization: Bearer …</c> with a token from the configured provider.</summary>
internal sealed class BearerTokenHandler(Func<CancellationToken, ValueTask<string>> accessTokenProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await accessTokenProvider(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
