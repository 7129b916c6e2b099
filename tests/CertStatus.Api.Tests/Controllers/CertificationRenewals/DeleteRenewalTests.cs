using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// DELETE /api/v1/certification-renewals/{renewalId}: deleting the latest renewal restores the expiry it
/// replaced; deleting an older one removes only the record (SPEC §2, §4).
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DeleteRenewalTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [Test]
    public async Task Delete_AnswersDeletedWithTheRenewalId_AndTheRenewalIsGone()
    {
        var kept = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var deleted = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");

        using var response = await DeleteAsync(Routes.Renewal(deleted.RenewalId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That((await ReadObjectAsync(response)).ToJsonString(), Is.EqualTo($$"""{"deleted":true,"renewal_id":"{{deleted.RenewalId}}"}"""));
        using var read = await GetAsync(Routes.Renewal(deleted.RenewalId));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
        Assert.That(RenewalIds(await ListRenewalsAsync()), Is.EqualTo(new[] { kept.RenewalId }));
    }

    [Test]
    public async Task Delete_OfTheOnlyRenewal_RestoresTheIssuedExpiryAndLastRenewalDate()
    {
        var renewal = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2028-03-26T00:00:00Z");
        Clock.Advance(TimeSpan.FromHours(1));

        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var status = await GetStatusAsync(MentorId);
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2027-03-26T00:00:00Z | 2025-03-26T00:00:00Z | 364"));
        Assert.That((string?)status.Body["updated_at"], Is.EqualTo("2026-03-26T01:00:00Z"));
    }

    [Test]
    public async Task Delete_OfTheLatestRenewal_RestoresItsPreviousExpiryAndThePreviousRenewalDate()
    {
        await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        var statusBefore = await GetStatusAsync(MentorId);

        using var response = await DeleteAsync(Routes.Renewal(latest.RenewalId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2028-01-01T00:00:00Z | 2026-03-01T00:00:00Z | 646"));
        Assert.That((await GetStatusAsync(MentorId)).ETag, Is.Not.EqualTo(statusBefore.ETag));
    }

    [Test]
    public async Task Delete_OfAnOlderRenewal_ChangesNoDates()
    {
        var older = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        var statusBefore = await GetStatusAsync(MentorId);

        using var response = await DeleteAsync(Routes.Renewal(older.RenewalId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetStatusAsync(MentorId)).Body.ToJsonString(), Is.EqualTo(statusBefore.Body.ToJsonString()));
        var latestAfter = await GetRenewalAsync(latest.RenewalId);
        Assert.That(latestAfter.Body.ToJsonString(), Is.EqualTo(latest.Body.ToJsonString()));
        Assert.That(RenewalIds(await ListRenewalsAsync()), Is.EqualTo(new[] { latest.RenewalId }));
    }

    [Test]
    public async Task Delete_OfAnOlderRenewalThenTheLatest_RestoresTheExpiryTheLatestReplaced()
    {
        // The latest renewal replaced the expiry the deleted older one had set; that is what comes back.
        var older = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        using var first = await DeleteAsync(Routes.Renewal(older.RenewalId));

        using var second = await DeleteAsync(Routes.Renewal(latest.RenewalId));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2028-01-01T00:00:00Z | 2025-03-26T00:00:00Z | 646"));
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_InReverseOrder_RestoresEachExpiryInTurnAndFinallyTheOriginal()
    {
        var original = await DatesOfAsync(MentorId);
        var renewals = new List<RenewalResource>();
        var expected = new List<string> { original };
        string[] expiries = ["2027-09-01T00:00:00Z", "2028-03-01T00:00:00Z", "2028-09-01T00:00:00Z", "2029-03-01T00:00:00Z"];
        for (var i = 0; i < expiries.Length; i++)
        {
            renewals.Add(await RecordAsync(MentorId, $"2026-03-{10 + i:00}T00:00:00Z", expiries[i]));
            expected.Add(await DatesOfAsync(MentorId));
        }

        for (var i = renewals.Count - 1; i >= 0; i--)
        {
            Assert.That(renewals[i]["previous_expiry_date"], Is.EqualTo(i == 0 ? CertificationStatusBuilder.DefaultExpiryDate : expiries[i - 1]));
            using var response = await DeleteAsync(Routes.Renewal(renewals[i].RenewalId));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await DatesOfAsync(MentorId), Is.EqualTo(expected[i]), $"after deleting renewal {i + 1}");
        }

        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo(original));
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_OfTheLatest_ThenRecordAgain_ReplacesTheRestoredExpiry()
    {
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        using var deleted = await DeleteAsync(Routes.Renewal(latest.RenewalId));

        var again = await RecordAsync(MentorId, "2026-03-21T00:00:00Z", "2028-01-01T00:00:00Z");

        Assert.That(again["previous_expiry_date"], Is.EqualTo(CertificationStatusBuilder.DefaultExpiryDate));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2028-01-01T00:00:00Z | 2026-03-21T00:00:00Z | 646"));
    }

    [Test]
    public async Task Delete_Twice_Answers404TheSecondTime()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        using var first = await DeleteAsync(Routes.Renewal(renewal.RenewalId));
        var before = await SnapshotAsync(MentorId);

        using var second = await DeleteAsync(Routes.Renewal(renewal.RenewalId));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await AssertProblemAsync(second, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain(renewal.RenewalId));
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase(null)]
    [TestCase("*")]
    public async Task Delete_OfUnknownRenewal_Returns404AndRemovesNothing(string? ifMatch)
    {
        await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await DeleteAsync(Routes.Renewal("renewal-9999"), ifMatch);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Delete_WithIfMatchOfTheCurrentETag_Succeeds()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId), renewal.ETag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_WithIfMatchStar_Succeeds()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId), "*");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_WithTheETagBeforeACorrection_Returns412AndKeepsTheRenewal()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        using var corrected = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2029-01-01T00:00:00Z"));
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var before = await SnapshotAsync(MentorId);

        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId), renewal.ETag);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("W/", TestName = "Delete_WithWeakFormOfTheCurrentETag_Returns412AndKeepsTheRenewal")]
    [TestCase("not-an-etag", TestName = "Delete_WithUnparseableIfMatch_Returns412AndKeepsTheRenewal")]
    public async Task Delete_WithIfMatchNotNamingTheCurrentVersion_Returns412AndKeepsTheRenewal(string ifMatch)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await DeleteAsync(Routes.Renewal(renewal.RenewalId), ifMatch == "W/" ? "W/" + renewal.ETag : ifMatch);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }
}
