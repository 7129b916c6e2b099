using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>The five status operations through the generated client, against the real service.</summary>
public sealed class CertificationStatusesClientTests : ServiceFixture
{
    [Test]
    public async Task CreateAsync_ReturnsTheStoredResourceWithItsETag_WithoutFollowingLocation()
    {
        var response = await Statuses.CreateAsync(new CreateCertificationStatusRequest
        {
            MentorId = "mentor-042",
            CertificationType = "peer_mentor_advanced",
            IssueDate = new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero),
            ExpiryDate = new DateTimeOffset(2027, 9, 1, 0, 0, 0, TimeSpan.Zero),
        });

        var created = response.Result;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(201));
            Assert.That(response.ETag, Does.StartWith("\"").And.EndWith("\"").And.Length.GreaterThan(2));
            Assert.That(response.Headers["Location"].Single(), Does.EndWith("/api/v1/certification-statuses/mentor-042"));
            Assert.That(created.MentorId, Is.EqualTo("mentor-042"));
            Assert.That(created.CertificationType, Is.EqualTo("peer_mentor_advanced"));
            Assert.That(created.IssueDate, Is.EqualTo(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(created.ExpiryDate, Is.EqualTo(new DateTimeOffset(2027, 9, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(created.IsExpired, Is.False);
            Assert.That(created.DaysUntilExpiry, Is.EqualTo(524));
            Assert.That(created.LastRenewalDate, Is.EqualTo(created.IssueDate));
            Assert.That(created.UpdatedReason, Is.Null);
            Assert.That(created.CreatedAt, Is.EqualTo(PinnedNow));
            Assert.That(created.UpdatedAt, Is.EqualTo(PinnedNow));
        }
    }

    [Test]
    public async Task CreateAsync_WithDatesInAnotherOffset_ReturnsTheSameInstantsInUtc()
    {
        var plusTwo = TimeSpan.FromHours(2);
        var issue = new DateTimeOffset(2025, 9, 1, 1, 30, 0, plusTwo);
        var expiry = new DateTimeOffset(2027, 9, 1, 0, 0, 0, plusTwo);

        var created = (await Statuses.CreateAsync(new CreateCertificationStatusRequest
        {
            MentorId = "mentor-042",
            CertificationType = "peer_mentor_standard",
            IssueDate = issue,
            ExpiryDate = expiry,
        })).Result;
        var read = (await Statuses.GetAsync("mentor-042")).Result;

        foreach (var result in new[] { created, read })
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result.IssueDate, Is.EqualTo(issue), "same instant");
                Assert.That(result.IssueDate.Offset, Is.EqualTo(TimeSpan.Zero), "in UTC");
                Assert.That(result.IssueDate.UtcDateTime, Is.EqualTo(new DateTime(2025, 8, 31, 23, 30, 0, DateTimeKind.Utc)));
                Assert.That(result.ExpiryDate, Is.EqualTo(expiry));
                Assert.That(result.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
                Assert.That(result.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            }
        }
    }

    [Test]
    public async Task GetAsync_ReturnsTheResourceAndTheETagTheCreateAnswered()
    {
        var created = await CreateStatusAsync("mentor-001", PinnedNow.AddDays(10));
        Clock.Advance(TimeSpan.FromDays(3));

        var response = await Statuses.GetAsync("mentor-001");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.ETag, Is.Not.Null.And.EqualTo(created.ETag));
            Assert.That(response.Result.MentorId, Is.EqualTo("mentor-001"));
            Assert.That(response.Result.ExpiryDate, Is.EqualTo(PinnedNow.AddDays(10)));

            // Computed at the moment of the request, not stored.
            Assert.That(response.Result.DaysUntilExpiry, Is.EqualTo(7));
            Assert.That(response.Result.IsExpired, Is.False);
        }
    }

    [Test]
    public async Task GetAsync_OnceTheExpiryHasPassed_ReportsExpired()
    {
        await CreateStatusAsync("mentor-001", PinnedNow.AddDays(1));
        Clock.Advance(TimeSpan.FromDays(2));

        var status = (await Statuses.GetAsync("mentor-001")).Result;

        Assert.That(status.IsExpired, Is.True);
        Assert.That(status.DaysUntilExpiry, Is.EqualTo(-1));
    }

    [Test]
    public async Task UpdateExpiryAsync_WithTheCurrentETag_ChangesExpiryAndReason_AndAnswersANewETag()
    {
        var created = await CreateStatusAsync("mentor-001");
        Clock.Advance(TimeSpan.FromHours(5));
        var newExpiry = new DateTimeOffset(2028, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var response = await Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = newExpiry, UpdatedReason = "renewal_extension" },
            ifMatch: created.ETag);
        var read = await Statuses.GetAsync("mentor-001");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Result.ExpiryDate, Is.EqualTo(newExpiry));
            Assert.That(response.Result.UpdatedReason, Is.EqualTo("renewal_extension"));
            Assert.That(response.Result.UpdatedAt, Is.EqualTo(PinnedNow.AddHours(5)));
            Assert.That(response.Result.CreatedAt, Is.EqualTo(PinnedNow));
            Assert.That(response.ETag, Is.Not.Null.And.Not.EqualTo(created.ETag));
            Assert.That(read.ETag, Is.EqualTo(response.ETag));
            Assert.That(read.Result.ExpiryDate, Is.EqualTo(newExpiry));
        }
    }

    [Test]
    public async Task UpdateExpiryAsync_WithoutIfMatch_IsUnconditional()
    {
        await CreateStatusAsync("mentor-001");
        var newExpiry = PinnedNow.AddYears(3);

        var response = await Statuses.UpdateExpiryAsync(
            "mentor-001",
            new UpdateCertificationExpiryRequest { ExpiryDate = newExpiry, UpdatedReason = "audit correction" });

        Assert.That(response.Result.ExpiryDate, Is.EqualTo(newExpiry));
    }

    [Test]
    public async Task DeleteAsync_RemovesTheStatus()
    {
        var created = await CreateStatusAsync("mentor-001");

        var deleted = await Statuses.DeleteAsync("mentor-001", ifMatch: created.ETag);

        Assert.That(deleted.Deleted, Is.True);
        Assert.That(deleted.MentorId, Is.EqualTo("mentor-001"));
        var notFound = Assert.ThrowsAsync<CertStatusApiException<CertStatusProblemDetails>>(() => Statuses.GetAsync("mentor-001"));
        Assert.That(notFound.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task ListAsync_PagesInMentorIdOrder_WithTheTotal()
    {
        foreach (var mentorId in new[] { "mentor-005", "mentor-003", "mentor-001", "mentor-004", "mentor-002" })
        {
            await CreateStatusAsync(mentorId);
        }

        var first = await Statuses.ListAsync(limit: 2);
        var second = await Statuses.ListAsync(page: 2, limit: 2);
        var last = await Statuses.ListAsync(page: 3, limit: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "mentor-001", "mentor-002" }));
            Assert.That(second.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "mentor-003", "mentor-004" }));
            Assert.That(last.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "mentor-005" }));
            Assert.That((second.Pagination.Page, second.Pagination.Limit, second.Pagination.Total), Is.EqualTo((2, 2, 5)));
        }
    }

    [Test]
    public async Task ListAsync_WithoutArguments_UsesTheServiceDefaults()
    {
        await CreateStatusAsync("mentor-001");

        var page = await Statuses.ListAsync();

        Assert.That((page.Pagination.Page, page.Pagination.Limit, page.Pagination.Total), Is.EqualTo((1, 20, 1)));
        var item = page.Data.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.MentorId, Is.EqualTo("mentor-001"));
            Assert.That(item.ExpiryDate, Is.EqualTo(PinnedNow.AddYears(1)));
            Assert.That(item.DaysUntilExpiry, Is.EqualTo(365));

            // The SPEC lets list items omit these; the client's types make them non-nullable, so an
            // omitted one would read as 0001-01-01 rather than fail. The service sends them all.
            Assert.That(item.LastRenewalDate, Is.EqualTo(item.IssueDate));
            Assert.That(item.CreatedAt, Is.EqualTo(PinnedNow));
            Assert.That(item.UpdatedAt, Is.EqualTo(PinnedNow));
        }
    }

    [Test]
    public async Task ListAsync_ExpiringWithinDays_ReturnsOnlyCurrentCertificationsExpiringInThatWindow()
    {
        await CreateStatusAsync("expired", PinnedNow.AddDays(-1));
        await CreateStatusAsync("in-10-days", PinnedNow.AddDays(10));
        await CreateStatusAsync("in-30-days", PinnedNow.AddDays(30));
        await CreateStatusAsync("in-31-days", PinnedNow.AddDays(31));

        var page = await Statuses.ListAsync(expiringWithinDays: 30);

        Assert.That(page.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "in-10-days", "in-30-days" }));
        Assert.That(page.Pagination.Total, Is.EqualTo(2));
    }

    [TestCase(true, new[] { "expired-a", "expired-b" })]
    [TestCase(false, new[] { "current-a", "current-b" })]
    public async Task ListAsync_IsExpired_ReturnsOnlyThatSide(bool isExpired, string[] expected)
    {
        await CreateStatusAsync("current-b", PinnedNow.AddDays(1));
        await CreateStatusAsync("expired-a", PinnedNow.AddDays(-30));
        await CreateStatusAsync("current-a", PinnedNow.AddYears(1));
        await CreateStatusAsync("expired-b", PinnedNow);

        var page = await Statuses.ListAsync(isExpired: isExpired);

        Assert.That(page.Data.Select(s => s.MentorId), Is.EqualTo(expected));
        Assert.That(page.Data.Select(s => s.IsExpired), Is.All.EqualTo(isExpired));
    }

    [Test]
    public async Task ListAsync_CertificationType_ReturnsOnlyThatType()
    {
        await CreateStatusAsync("mentor-001", certificationType: "peer_mentor_advanced");
        await CreateStatusAsync("mentor-002");
        await CreateStatusAsync("mentor-003", certificationType: "peer_mentor_advanced");

        var page = await Statuses.ListAsync(certificationType: "peer_mentor_advanced");

        Assert.That(page.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "mentor-001", "mentor-003" }));
    }

    [TestCase("expiry_date", new[] { "mentor-b", "mentor-c", "mentor-a" })]
    [TestCase("-expiry_date", new[] { "mentor-a", "mentor-c", "mentor-b" })]
    [TestCase("mentor_id", new[] { "mentor-a", "mentor-b", "mentor-c" })]
    public async Task ListAsync_Sort_OrdersAsAsked(string sort, string[] expected)
    {
        await CreateStatusAsync("mentor-a", PinnedNow.AddDays(300));
        await CreateStatusAsync("mentor-b", PinnedNow.AddDays(5));
        await CreateStatusAsync("mentor-c", PinnedNow.AddDays(50));

        var page = await Statuses.ListAsync(sort: sort);

        Assert.That(page.Data.Select(s => s.MentorId), Is.EqualTo(expected));
    }

    [Test]
    public async Task ListAsync_FiltersCombine()
    {
        await CreateStatusAsync("a-soon", PinnedNow.AddDays(20), "peer_mentor_advanced");
        await CreateStatusAsync("b-soon", PinnedNow.AddDays(5), "peer_mentor_advanced");
        await CreateStatusAsync("c-soon-standard", PinnedNow.AddDays(5));
        await CreateStatusAsync("d-later", PinnedNow.AddDays(200), "peer_mentor_advanced");

        var page = await Statuses.ListAsync(
            certificationType: "peer_mentor_advanced", isExpired: false, expiringWithinDays: 30, sort: "expiry_date");

        Assert.That(page.Data.Select(s => s.MentorId), Is.EqualTo(new[] { "b-soon", "a-soon" }));
    }
}
