using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// SPEC §2: renewal_id is "renewal-" and a database-generated number, zero-padded to at least four digits,
/// never reused; an id spelt any other way names nothing (404).
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalIdTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";

    [SetUp]
    public async Task StartNumberingAtOneAsync()
    {
        await Factory.SetNextRenewalNumberAsync(Provider, 1);
        await CreateAsync(MentorId);
    }

    [Test]
    public async Task Record_OnAFreshDatabase_NumbersFromRenewal0001()
    {
        var first = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var second = await RecordAsync(MentorId, "2026-03-02T00:00:00Z", "2029-01-01T00:00:00Z");

        Assert.That(new[] { first.RenewalId, second.RenewalId }, Is.EqualTo(new[] { "renewal-0001", "renewal-0002" }));
    }

    [Test]
    public async Task Record_NumbersAcrossMentors_FromOneSequence()
    {
        await CreateAsync("mentor-002");

        var first = await RecordAsync(new RenewalBuilder(MentorId));
        var second = await RecordAsync(new RenewalBuilder("mentor-002"));
        var third = await RecordAsync(new RenewalBuilder(MentorId).ExpiringAt("2029-01-01T00:00:00Z"));

        Assert.That(new[] { first.RenewalId, second.RenewalId, third.RenewalId }, Is.EqualTo(new[] { "renewal-0001", "renewal-0002", "renewal-0003" }));
    }

    [Test]
    public async Task Record_AfterDeletingTheLastRenewal_NeverReusesItsNumber()
    {
        await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var second = await RecordAsync(MentorId, "2026-03-02T00:00:00Z", "2029-01-01T00:00:00Z");
        using var deleted = await DeleteAsync(Routes.Renewal(second.RenewalId));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var third = await RecordAsync(MentorId, "2026-03-03T00:00:00Z", "2029-01-01T00:00:00Z");

        Assert.That(second.RenewalId, Is.EqualTo("renewal-0002"));
        Assert.That(third.RenewalId, Is.EqualTo("renewal-0003"));
        using var gone = await GetAsync(Routes.Renewal("renewal-0002"));
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Record_AfterDeletingTheCertificationStatus_NeverReusesItsRenewalNumbers()
    {
        await RecordAsync(new RenewalBuilder(MentorId));
        using var deleted = await DeleteAsync(Routes.Status(MentorId));
        await CreateAsync(MentorId);

        var again = await RecordAsync(new RenewalBuilder(MentorId));

        Assert.That(again.RenewalId, Is.EqualTo("renewal-0002"));
    }

    [Test]
    public async Task Record_Past9999_UsesMoreDigits()
    {
        await Factory.SetNextRenewalNumberAsync(Provider, 9999);

        var four = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var five = await RecordAsync(MentorId, "2026-03-02T00:00:00Z", "2029-01-01T00:00:00Z");

        Assert.That(four.RenewalId, Is.EqualTo("renewal-9999"));
        Assert.That(five.RenewalId, Is.EqualTo("renewal-10000"));
        Assert.That((await GetRenewalAsync("renewal-10000")).Body.ToJsonString(), Is.EqualTo(five.Body.ToJsonString()));
        Assert.That(RenewalIds(await ListRenewalsAsync()), Is.EqualTo(new[] { "renewal-9999", "renewal-10000" }), "ordered by number, not by text");
    }

    [TestCase("renewal-1")]
    [TestCase("renewal-01")]
    [TestCase("renewal-001")]
    [TestCase("renewal-00001")]
    [TestCase("Renewal-0001")]
    [TestCase("RENEWAL-0001")]
    [TestCase("renewal_0001")]
    [TestCase("renewal0001")]
    [TestCase("0001")]
    [TestCase("1")]
    [TestCase("renewal-0001 ")]
    [TestCase(" renewal-0001")]
    [TestCase("renewal-+001")]
    [TestCase("renewal--001")]
    [TestCase("renewal-0x01")]
    [TestCase("renewal-0000")]
    [TestCase("renewal-99999999999999999999")]
    [TestCase("abc")]
    [TestCase("renewal-")]
    [TestCase("renewal-0001\n")]
    [TestCase("renewal-٠٠٠١")]
    public async Task EveryRoute_WithANonCanonicalId_Returns404AndChangesNothing(string renewalId)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        Assert.That(renewal.RenewalId, Is.EqualTo("renewal-0001"));
        var before = await SnapshotAsync(MentorId);

        foreach (var root in new[] { Routes.Renewals, Routes.AliasRenewals })
        {
            var path = Routes.Renewal(renewalId, root);
            using var get = await GetAsync(path);
            using var put = await PutAsync(path, Correction("2029-01-01T00:00:00Z", "x"));
            using var putStar = await PutAsync(path, Correction(notes: "x"), "*");
            using var delete = await DeleteAsync(path);
            using var deleteStar = await DeleteAsync(path, "*");

            foreach (var response in new[] { get, put, putStar, delete, deleteStar })
            {
                await AssertProblemAsync(response, HttpStatusCode.NotFound);
            }
        }

        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("renewal-0042")]
    [TestCase("renewal-12345")]
    public async Task Get_OfACanonicalIdNeverHandedOut_Returns404NamingIt(string renewalId)
    {
        using var response = await GetAsync(Routes.Renewal(renewalId));

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain(renewalId));
    }
}
