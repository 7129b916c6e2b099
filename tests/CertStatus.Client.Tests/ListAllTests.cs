using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>The SDK's pager: <c>ListAllAsync</c> walks next_cursor to the end, page by page or item by item, against the real service.</summary>
public sealed class ListAllTests : ServiceFixture
{
    [Test]
    public async Task ListAllAsync_YieldsEveryStatusOnceInTheListsOrder()
    {
        var ids = await CreateStatusesAsync(23);

        var walked = new List<string>();
        await foreach (var status in Statuses.ListAllAsync(limit: 5, sort: "mentor_id"))
        {
            walked.Add(status.MentorId);
        }

        Assert.That(walked, Is.EqualTo(ids));
    }

    [Test]
    public async Task ListAllAsync_AsPages_GivesEachPageWithTheTokenThatResumesAfterIt()
    {
        var ids = await CreateStatusesAsync(12);
        var pages = new List<CertStatusPage<CertificationResponse>>();
        await foreach (var page in Statuses.ListAllAsync(limit: 5).AsPages())
        {
            pages.Add(page);
        }

        var resumed = new List<string>();
        await foreach (var page in Statuses.ListAllAsync(limit: 5).AsPages(pages[0].ContinuationToken, pageSizeHint: 4))
        {
            resumed.AddRange(page.Values.Select(status => status.MentorId));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.Select(page => page.Values.Count), Is.EqualTo(new[] { 5, 5, 2 }));
            Assert.That(pages.Select(page => page.PageNumber), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(pages.Select(page => page.Total), Has.All.EqualTo(12));
            Assert.That(pages[^1].ContinuationToken, Is.Null);
            Assert.That(resumed, Is.EqualTo(ids.Skip(5)));
        }
    }

    [Test]
    public async Task ListAllAsync_OfRenewals_YieldsEveryRenewalOfTheFilter()
    {
        await CreateStatusesAsync(3);
        var expected = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            expected.Add((await RenewAsync("mentor-01", PinnedNow.AddYears(2).AddDays(i), processedBy: "admin-007")).Result.RenewalId);
            await RenewAsync("mentor-02", PinnedNow.AddYears(2).AddDays(i), processedBy: "admin-008");
        }

        var walked = new List<string>();
        await foreach (var renewal in Renewals.ListAllAsync(limit: 3, processedBy: "admin-007"))
        {
            walked.Add(renewal.RenewalId);
        }

        Assert.That(walked, Is.EqualTo(expected));
    }

    [Test]
    public async Task ListAllAsync_WhenCancelled_StopsTheWalk()
    {
        await CreateStatusesAsync(6);
        using var cancellation = new CancellationTokenSource();
        var walked = 0;

        Assert.That(
            async () =>
            {
                await foreach (var status in Statuses.ListAllAsync(limit: 2).WithCancellation(cancellation.Token))
                {
                    if (++walked == 2)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(walked, Is.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_WithTheVersion1Signature_StillAnswersThePage()
    {
        await CreateStatusesAsync(3);

        // Seven arguments, the last a token: the 1.0 overload, which code built against 1.0 calls.
        var page = await Statuses.ListAsync(2, 2, null, null, null, "mentor_id", CancellationToken.None);

        Assert.That((page.Data.Single().MentorId, page.Pagination.Page, page.Pagination.NextCursor), Is.EqualTo(("mentor-02", 2, (string?)null)));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void ListAllAsync_WithALimitOutsideOneToAHundred_Throws(int limit) =>
        Assert.That(() => Statuses.ListAllAsync(limit: limit), Throws.InstanceOf<ArgumentOutOfRangeException>());

    private async Task<List<string>> CreateStatusesAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var mentorId = $"mentor-{i:D2}";
            await CreateStatusAsync(mentorId, PinnedNow.AddDays(10 + i));
            ids.Add(mentorId);
        }

        return ids;
    }
}
