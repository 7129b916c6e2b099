using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>The five renewal operations through the generated client, against the real service.</summary>
public sealed class CertificationRenewalsClientTests : ServiceFixture
{
    private static readonly DateTimeOffset OriginalExpiry = PinnedNow.AddDays(30);

    [Test]
    public async Task CreateAsync_RecordsTheRenewal_AndMovesTheCertificationsExpiry()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var newExpiry = PinnedNow.AddYears(2);

        var response = await Renewals.CreateAsync(new RecordRenewalRequest
        {
            MentorId = "mentor-001",
            RenewalDate = PinnedNow,
            NewExpiryDate = newExpiry,
            ProcessedBy = "admin-007",
            Notes = "annual review passed",
        });
        var status = (await Statuses.GetAsync("mentor-001")).Result;

        var renewal = response.Result;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(201));
            Assert.That(response.ETag, Is.Not.Null.And.Not.Empty);
            Assert.That(response.Headers["Location"].Single(), Does.EndWith($"/api/v1/certification-renewals/{renewal.RenewalId}"));
            Assert.That(renewal.RenewalId, Does.Match(@"^renewal-\d{4,}$"));
            Assert.That(renewal.MentorId, Is.EqualTo("mentor-001"));
            Assert.That(renewal.RenewalDate, Is.EqualTo(PinnedNow));
            Assert.That(renewal.NewExpiryDate, Is.EqualTo(newExpiry));
            Assert.That(renewal.PreviousExpiryDate, Is.EqualTo(OriginalExpiry));
            Assert.That(renewal.ProcessedBy, Is.EqualTo("admin-007"));
            Assert.That(renewal.Notes, Is.EqualTo("annual review passed"));
            Assert.That(renewal.CreatedAt, Is.EqualTo(PinnedNow));
            Assert.That(renewal.UpdatedAt, Is.Null);

            Assert.That(status.ExpiryDate, Is.EqualTo(newExpiry));
            Assert.That(status.LastRenewalDate, Is.EqualTo(PinnedNow));
        }
    }

    [Test]
    public async Task CreateAsync_WithoutNotes_StoresNull()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);

        var renewal = (await RenewAsync("mentor-001", PinnedNow.AddYears(1))).Result;

        Assert.That(renewal.Notes, Is.Null);
    }

    [Test]
    public async Task GetAsync_ReturnsTheRenewalAndTheETagTheCreateAnswered()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var created = await RenewAsync("mentor-001", PinnedNow.AddYears(1), notes: "first");

        var response = await Renewals.GetAsync(created.Result.RenewalId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.ETag, Is.Not.Null.And.EqualTo(created.ETag));
            Assert.That(response.Result.RenewalId, Is.EqualTo(created.Result.RenewalId));
            Assert.That(response.Result.NewExpiryDate, Is.EqualTo(PinnedNow.AddYears(1)));
            Assert.That(response.Result.NewExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(response.Result.Notes, Is.EqualTo("first"));
        }
    }

    [Test]
    public async Task UpdateAsync_OfTheLatestRenewal_WithTheCurrentETag_MovesTheCertificationsExpiryWithIt()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var created = await RenewAsync("mentor-001", PinnedNow.AddYears(1));
        Clock.Advance(TimeSpan.FromHours(2));
        var corrected = PinnedNow.AddYears(1).AddDays(14);

        var response = await Renewals.UpdateAsync(
            created.Result.RenewalId,
            new CorrectRenewalRequest { NewExpiryDate = corrected, Notes = "corrected after audit" },
            ifMatch: created.ETag);
        var status = (await Statuses.GetAsync("mentor-001")).Result;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.ETag, Is.Not.Null.And.Not.EqualTo(created.ETag));
            Assert.That(response.Result.NewExpiryDate, Is.EqualTo(corrected));
            Assert.That(response.Result.Notes, Is.EqualTo("corrected after audit"));
            Assert.That(response.Result.PreviousExpiryDate, Is.EqualTo(OriginalExpiry));
            Assert.That(response.Result.UpdatedAt, Is.EqualTo(PinnedNow.AddHours(2)));
            Assert.That(status.ExpiryDate, Is.EqualTo(corrected));
        }
    }

    [Test]
    public async Task UpdateAsync_WithNotesOnly_KeepsTheExpiry()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var created = await RenewAsync("mentor-001", PinnedNow.AddYears(1), notes: "first");

        // NewExpiryDate left null: the client sends "new_expiry_date": null, which the service reads as "unchanged".
        var response = await Renewals.UpdateAsync(created.Result.RenewalId, new CorrectRenewalRequest { Notes = "second" });

        Assert.That(response.Result.Notes, Is.EqualTo("second"));
        Assert.That(response.Result.NewExpiryDate, Is.EqualTo(PinnedNow.AddYears(1)));
    }

    [Test]
    public async Task UpdateAsync_WithEmptyNotes_ClearsThem()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var created = await RenewAsync("mentor-001", PinnedNow.AddYears(1), notes: "first");

        var response = await Renewals.UpdateAsync(created.Result.RenewalId, new CorrectRenewalRequest { Notes = string.Empty });

        Assert.That(response.Result.Notes, Is.Null.Or.Empty);
        Assert.That((await Renewals.GetAsync(created.Result.RenewalId)).Result.Notes, Is.Null.Or.Empty);
    }

    [Test]
    public async Task DeleteAsync_OfTheLatestRenewal_RestoresThePreviousExpiry()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var created = await RenewAsync("mentor-001", PinnedNow.AddYears(1));

        var deleted = await Renewals.DeleteAsync(created.Result.RenewalId, ifMatch: created.ETag);
        var status = (await Statuses.GetAsync("mentor-001")).Result;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted.Deleted, Is.True);
            Assert.That(deleted.RenewalId, Is.EqualTo(created.Result.RenewalId));
            Assert.That(status.ExpiryDate, Is.EqualTo(OriginalExpiry));
        }

        var notFound = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Renewals.GetAsync(created.Result.RenewalId));
        Assert.That(notFound.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task ListAsync_PagesInRenewalIdOrder_WithTheTotal()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add((await RenewAsync("mentor-001", OriginalExpiry.AddDays(i))).Result.RenewalId);
        }

        var second = await Renewals.ListAsync(page: 2, limit: 2);

        Assert.That(second.Data.Select(r => r.RenewalId), Is.EqualTo(ids.Skip(2).Take(2)));
        Assert.That((second.Pagination.Page, second.Pagination.Limit, second.Pagination.Total), Is.EqualTo((2, 2, 5)));
    }

    [Test]
    public async Task ListAsync_FiltersByMentorAndProcessor_AndSortsByRenewalDate()
    {
        await CreateStatusAsync("mentor-001", OriginalExpiry);
        await CreateStatusAsync("mentor-002", OriginalExpiry);
        var early = await RenewAsync("mentor-001", PinnedNow.AddYears(1), renewalDate: PinnedNow.AddDays(-10), processedBy: "admin-a");
        var late = await RenewAsync("mentor-001", PinnedNow.AddYears(2), renewalDate: PinnedNow.AddDays(-1), processedBy: "admin-a");
        await RenewAsync("mentor-001", PinnedNow.AddYears(3), renewalDate: PinnedNow, processedBy: "admin-b");
        var other = await RenewAsync("mentor-002", PinnedNow.AddYears(1), processedBy: "admin-a");

        var byMentor = await Renewals.ListAsync(mentorId: "mentor-002");
        var byProcessor = await Renewals.ListAsync(mentorId: "mentor-001", processedBy: "admin-a", sort: "-renewal_date");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byMentor.Data.Select(r => r.RenewalId), Is.EqualTo(new[] { other.Result.RenewalId }));
            Assert.That(byProcessor.Data.Select(r => r.RenewalId), Is.EqualTo(new[] { late.Result.RenewalId, early.Result.RenewalId }));
            Assert.That(byProcessor.Pagination.Total, Is.EqualTo(2));
        }
    }
}
