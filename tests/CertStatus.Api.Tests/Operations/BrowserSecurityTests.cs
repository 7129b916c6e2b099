using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Operations;

public sealed class BrowserSecurityTests
{
    private const string Origin = "https://portal.example.org";

    [Test]
    public async Task Responses_AreNotSniffableAndNameNoServer()
    {
        using var api = OperationsApi.Start();

        using var ok = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
        using var problem = await api.Client.GetAsync(new Uri(Routes.Status("nobody"), UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            foreach (var response in new[] { ok, problem })
            {
                Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? values : [], Is.EqualTo(new[] { "nosniff" }));
                Assert.That(response.Headers.Server, Is.Empty);
            }
        }
    }

    [Test]
    public async Task Cors_ByDefault_GrantsNoOrigin()
    {
        using var api = OperationsApi.Start();

        using var preflight = await api.Client.SendAsync(Preflight());

        Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Cors_WithAConfiguredOrigin_GrantsThatOriginOnly()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Origin });

        using var allowed = await api.Client.SendAsync(Preflight());
        using var other = await api.Client.SendAsync(Preflight("https://evil.example.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(allowed.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) ? origins : [], Is.EqualTo(new[] { Origin }));
            Assert.That(other.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        }
    }

    private static HttpRequestMessage Preflight(string origin = Origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(Routes.Statuses, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
