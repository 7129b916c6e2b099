using System.Net;
using System.Net.Http.Headers;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>
/// SPEC §4: no 304 answers — is_expired and days_until_expiry change with time even when the
/// stored version (the ETag) does not, so a cached body would go stale.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ConditionalGetTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Get_WithIfNoneMatchOfTheCurrentETag_StillAnswers200WithTheCurrentComputedFields()
    {
        var created = await CreateExpiringAtAsync("mentor-001", PinnedNow.AddDays(10));
        Clock.Advance(TimeSpan.FromDays(3));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Routes.Status("mentor-001"), UriKind.Relative));
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(created.ETag!));

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadObjectAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ETagOf(response), Is.EqualTo(created.ETag), "the stored version did not change");
            Assert.That((int?)body["days_until_expiry"], Is.EqualTo(7), "but the computed fields did");
        }
    }
}
