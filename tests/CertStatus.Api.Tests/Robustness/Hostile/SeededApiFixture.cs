using System.Net;
using System.Text;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>
/// The real service on Kestrel over a database of the fixture's own, seeded once for the whole
/// fixture (unlike <see cref="ApiFixture"/>, which empties it before every test) so that a run of
/// hostile requests can be checked against one snapshot taken before it: two mentors, the first
/// with two renewals (<see cref="SeedRenewal"/> is its latest), the second with none.
/// </summary>
public abstract class SeededApiFixture(DatabaseProvider provider)
{
    public const string SeedMentor = "mentor-001";
    public const string OtherMentor = "mentor-002";
    public const string OlderRenewal = "renewal-0001";
    public const string SeedRenewal = "renewal-0002";

    private TestService? _service;

    protected DatabaseProvider Provider { get; } = provider;

    protected FakeTimeProvider Clock { get; } = new(ApiFixture.PinnedNow);

    protected CertStatusApiFactory Factory => _service?.Factory ?? throw new InvalidOperationException("The API has not started.");

    protected Uri Server => Factory.ServerAddress;

    [OneTimeSetUp]
    public async Task StartAndSeedAsync()
    {
        _service = await TestService.StartAsync(Provider, Clock);

        await SeedAsync(HttpMethod.Post.Method, Routes.Statuses, new CertificationStatusBuilder().WithMentorId(SeedMentor).Build().ToJsonString());
        await SeedAsync(HttpMethod.Post.Method, Routes.Statuses, new CertificationStatusBuilder().WithMentorId(OtherMentor).Build().ToJsonString());
        await SeedAsync(HttpMethod.Post.Method, Routes.Renewals, new RenewalBuilder(SeedMentor).WithNotes("first").Build().ToJsonString());
        await SeedAsync(HttpMethod.Post.Method, Routes.Renewals, new RenewalBuilder(SeedMentor).RenewedAt("2027-01-01T00:00:00Z").ExpiringAt("2029-03-26T00:00:00Z").Build().ToJsonString());
        Assert.That((await SendAsync(Get(Routes.Renewal(SeedRenewal)))).Status, Is.EqualTo((int)HttpStatusCode.OK), "the seed renewals are numbered from 1");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    protected Task<RawResponse> SendAsync(RawRequest request) => RawHttp.SendAsync(Server, request);

    protected Task<DatabaseSnapshot> SnapshotAsync() => DatabaseSnapshot.TakeAsync(Factory.Services);

    protected static RawRequest Get(string target) => new(HttpMethod.Get.Method, target, null, null, []);

    private async Task SeedAsync(string method, string target, string json)
    {
        var response = await SendAsync(new RawRequest(method, target, Encoding.UTF8.GetBytes(json), "application/json", []));
        Assert.That(response.Status, Is.EqualTo((int)HttpStatusCode.Created), response.Text);
    }
}
