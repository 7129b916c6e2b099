using System.Net;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Security;

/// <summary>
/// With authentication on, the rate limiter counts each caller's requests apart (the caller the
/// audit columns and the request log name), and anonymous requests by their address.
/// </summary>
public sealed class RateLimitPartitionTests() : SecurityFixture(authentication: true)
{
    private const int PermitLimit = 2;

    protected override void ConfigureFactory(CertStatusApiFactory factory)
    {
        base.ConfigureFactory(factory);
        factory.WithSetting("RateLimiting:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("RateLimiting:WindowSeconds", "3600");
    }

    [Test]
    public async Task RateLimiter_CountsEachCallerApart_AndAnonymousRequestsByAddress()
    {
        var first = await StatusesOfAsync(TestTokens.WithScope(TestTokens.ReadWrite, subject: "svc-first"));
        var second = await StatusesOfAsync(TestTokens.WithScope(TestTokens.ReadWrite, subject: "svc-second"));
        var sameNameAsFirst = await StatusesOfAsync(
            TestTokens.Mint(new Dictionary<string, object> { ["name"] = "svc-first", ["scope"] = TestTokens.ReadWrite }));
        var anonymous = await StatusesOfAsync(token: null);

        HttpStatusCode[] oneWindow = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(oneWindow));
            Assert.That(second, Is.EqualTo(oneWindow), "another caller from the same address has permits of its own");
            Assert.That(sameNameAsFirst, Is.All.EqualTo(HttpStatusCode.TooManyRequests), "a token without sub is its name's caller");
            Assert.That(anonymous, Is.EqualTo(oneWindow), "anonymous requests share their address's permits, not a caller's");
        }
    }

    private async Task<HttpStatusCode[]> StatusesOfAsync(string? token)
    {
        var statuses = new HttpStatusCode[PermitLimit + 1];
        for (var i = 0; i < statuses.Length; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, Routes.Statuses, body: null, token);
            statuses[i] = response.StatusCode;
        }

        return statuses;
    }
}
