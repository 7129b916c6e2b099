using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// Renewals belong to their certification status (SPEC §2): deleting the status deletes them, a direct
/// expiry change is what the next renewal replaces, and every renewal change is a new status version.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class StatusAndRenewalsTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    [Test]
    public async Task DeleteStatus_DeletesItsRenewals_AndKeepsOtherMentorsRenewals()
    {
        await CreateAsync("mentor-a");
        await CreateAsync("mentor-b");
        var a1 = await RecordAsync(new RenewalBuilder("mentor-a"));
        var b1 = await RecordAsync(new RenewalBuilder("mentor-b"));
        var a2 = await RecordAsync(new RenewalBuilder("mentor-a").ExpiringAt("2029-01-01T00:00:00Z"));
        var b1Before = await GetRenewalAsync(b1.RenewalId);

        using var deleted = await DeleteAsync(Routes.Status("mentor-a"));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RenewalIds(await ListRenewalsAsync()), Is.EqualTo(new[] { b1.RenewalId }));
        Assert.That(RenewalIds(await ListRenewalsAsync("mentor_id=mentor-a")), Is.Empty);
        foreach (var renewalId in new[] { a1.RenewalId, a2.RenewalId })
        {
            using var get = await GetAsync(Routes.Renewal(renewalId));
            using var put = await PutAsync(Routes.Renewal(renewalId), Correction(notes: "x"));
            using var delete = await DeleteAsync(Routes.Renewal(renewalId));
            await AssertProblemAsync(get, HttpStatusCode.NotFound);
            await AssertProblemAsync(put, HttpStatusCode.NotFound);
            await AssertProblemAsync(delete, HttpStatusCode.NotFound);
        }

        var b1After = await GetRenewalAsync(b1.RenewalId);
        Assert.That(b1After.Body.ToJsonString(), Is.EqualTo(b1Before.Body.ToJsonString()));
        Assert.That(b1After.ETag, Is.EqualTo(b1Before.ETag));
    }

    [Test]
    public async Task DeleteStatus_ThenRecreate_StartsWithoutRenewals()
    {
        await CreateAsync("mentor-a");
        await RecordAsync(new RenewalBuilder("mentor-a").RenewedAt("2026-03-20T00:00:00Z"));
        using var deleted = await DeleteAsync(Routes.Status("mentor-a"));

        await CreateAsync("mentor-a");
        var again = await RecordAsync(new RenewalBuilder("mentor-a").RenewedAt("2026-03-25T00:00:00Z").ExpiringAt("2027-06-01T00:00:00Z"));

        Assert.That(again["previous_expiry_date"], Is.EqualTo(CertificationStatusBuilder.DefaultExpiryDate));
        Assert.That(RenewalIds(await ListRenewalsAsync("mentor_id=mentor-a")), Is.EqualTo(new[] { again.RenewalId }));
        Assert.That(await DatesOfAsync("mentor-a"), Is.EqualTo("2027-06-01T00:00:00Z | 2026-03-25T00:00:00Z | 432"));
    }

    [Test]
    public async Task Record_ForADeletedStatus_Returns422()
    {
        await CreateAsync("mentor-a");
        using var deleted = await DeleteAsync(Routes.Status("mentor-a"));

        using var response = await PostAsync(new RenewalBuilder("mentor-a"));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Record_AfterADirectExpiryChange_ReplacesTheChangedExpiry()
    {
        await CreateAsync("mentor-a");
        using var changed = await PutAsync(Routes.Status("mentor-a"), ExpiryChange("2027-09-01T00:00:00Z"));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var refused = await PostAsync(new RenewalBuilder("mentor-a").ExpiringAt("2027-08-01T00:00:00Z"));
        var renewal = await RecordAsync(new RenewalBuilder("mentor-a").ExpiringAt("2027-10-01T00:00:00Z"));

        await AssertValidationProblemAsync(refused, "new_expiry_date");
        Assert.That(renewal["previous_expiry_date"], Is.EqualTo("2027-09-01T00:00:00Z"));
        using var deleted = await DeleteAsync(Routes.Renewal(renewal.RenewalId));
        Assert.That((string?)(await GetStatusAsync("mentor-a")).Body["expiry_date"], Is.EqualTo("2027-09-01T00:00:00Z"));
    }

    [Test]
    public async Task EveryRenewalChange_IsANewStatusVersion_SoAStatusWriteWithTheOldETagGets412()
    {
        await CreateAsync("mentor-a");
        var eTags = new List<string?> { (await GetStatusAsync("mentor-a")).ETag };

        var older = await RecordAsync(new RenewalBuilder("mentor-a"));
        eTags.Add((await GetStatusAsync("mentor-a")).ETag);
        var latest = await RecordAsync(new RenewalBuilder("mentor-a").ExpiringAt("2029-01-01T00:00:00Z"));
        eTags.Add((await GetStatusAsync("mentor-a")).ETag);
        using (var corrected = await PutAsync(Routes.Renewal(older.RenewalId), Correction(notes: "older corrected")))
        {
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        eTags.Add((await GetStatusAsync("mentor-a")).ETag);
        using (var deleted = await DeleteAsync(Routes.Renewal(older.RenewalId)))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        eTags.Add((await GetStatusAsync("mentor-a")).ETag);

        Assert.That(eTags, Is.Unique.And.All.Not.Null);
        var before = await SnapshotAsync("mentor-a");
        using var stalePut = await PutAsync(Routes.Status("mentor-a"), ExpiryChange("2030-01-01T00:00:00Z"), eTags[^2]);
        using var staleDelete = await DeleteAsync(Routes.Status("mentor-a"), eTags[^2]);
        await AssertProblemAsync(stalePut, HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);
        Assert.That(await SnapshotAsync("mentor-a"), Is.EqualTo(before));
        Assert.That((await GetRenewalAsync(latest.RenewalId))["new_expiry_date"], Is.EqualTo("2029-01-01T00:00:00Z"));
    }
}
