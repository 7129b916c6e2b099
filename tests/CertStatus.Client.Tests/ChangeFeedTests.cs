using System.Diagnostics;
using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>
/// The SDK's change feed against the real service: <c>ReadChangesAsync</c> yields typed changes a
/// page at a time with the token to store, stops once caught up, resumes from any stored token, and
/// turns the service's 410 into <see cref="ChangeTokenExpiredException"/>.
/// </summary>
public sealed class ChangeFeedTests : ServiceFixture
{
    [Test]
    public async Task ReadChangesAsync_FromTheLatestToken_YieldsEveryWriteTypedAndInOrder()
    {
        var token = await Changes.GetLatestChangeTokenAsync();
        await CreateStatusAsync("feed-1");

        // A renewal changes the status too: both in one commit, the status's change first.
        var renewal = (await RenewAsync("feed-1", PinnedNow.AddYears(2))).Result;
        await CreateStatusAsync("feed-2");
        await Statuses.DeleteAsync("feed-2");

        var pages = await ReadAllAsync(token, limit: 2);

        var changes = pages.SelectMany(page => page.Changes).ToList();
        var status = (await Statuses.GetAsync("feed-1")).Result;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes.Select(Describe), Is.EqualTo(new[]
            {
                "CertificationStatus feed-1 Upsert",
                "CertificationStatus feed-1 Upsert",
                $"CertificationRenewal {renewal.RenewalId} Upsert",
                "CertificationStatus feed-2 Upsert",
                "CertificationStatus feed-2 Delete",
            }));
            Assert.That(pages.Select(page => page.Changes.Count), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages.Select(page => page.HasMore), Is.EqualTo(new[] { true, true, false }));
            Assert.That(changes[1].Status?.ExpiryDate, Is.EqualTo(status.ExpiryDate), "the status as GET one answers it, renewed");
            Assert.That(changes[1].Renewal, Is.Null);
            Assert.That(changes[2].Renewal?.RenewalId, Is.EqualTo(renewal.RenewalId));
            Assert.That(changes[2].Renewal?.NewExpiryDate, Is.EqualTo(renewal.NewExpiryDate));
            Assert.That(changes[4].Status, Is.Null, "a delete carries no data");
        }
    }

    [Test]
    public async Task ReadChangesAsync_FromAStoredToken_ContinuesRightAfterItsPage_AndFromTheLastOneFindsNothingNew()
    {
        var token = await Changes.GetLatestChangeTokenAsync();
        await CreateStatusAsync("resume-1");
        await CreateStatusAsync("resume-2");
        await CreateStatusAsync("resume-3");

        var first = (await ReadAllAsync(token, limit: 1))[0];
        var rest = await ReadAllAsync(first.NextToken, limit: 1000);
        var caughtUp = await ReadAllAsync(rest[^1].NextToken, limit: 1000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Changes.Select(change => change.Id), Is.EqualTo(new[] { "resume-1" }));
            Assert.That(rest.SelectMany(page => page.Changes).Select(change => change.Id), Is.EqualTo(new[] { "resume-2", "resume-3" }));
            Assert.That(caughtUp, Has.Count.EqualTo(1));
            Assert.That(caughtUp[0].Changes, Is.Empty);
            Assert.That(caughtUp[0].HasMore, Is.False);
            Assert.That(caughtUp[0].NextToken, Is.EqualTo(rest[^1].NextToken), "no change, the same position");
        }
    }

    [Test]
    public async Task ReadChangesAsync_WithATokenOlderThanTheRetention_ThrowsChangeTokenExpired()
    {
        var token = await Changes.GetLatestChangeTokenAsync();
        await CreateStatusAsync("expired-1");

        // The clean-up runs on the service's clock: past 30 days, it deletes the change.
        Clock.Advance(TimeSpan.FromDays(31));
        var waited = Stopwatch.StartNew();
        ChangeTokenExpiredException? expired = null;
        while (expired is null && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            try
            {
                await ReadAllAsync(token, limit: 10);
                Clock.Advance(TimeSpan.FromHours(1));
                await Task.Delay(50);
            }
            catch (ChangeTokenExpiredException exception)
            {
                expired = exception;
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expired, Is.Not.Null, "the token was never refused");
            Assert.That(expired?.InnerException, Is.InstanceOf<CertStatusApiException>());
            Assert.That(((CertStatusApiException?)expired?.InnerException)?.StatusCode, Is.EqualTo(410));
        }

        var fresh = await Changes.GetLatestChangeTokenAsync();
        Assert.That((await ReadAllAsync(fresh, limit: 10))[0].Changes, Is.Empty, "a new token reads on");
    }

    [Test]
    public void ReadChangesAsync_WithALimitTheServiceDoesNotAnswer_ThrowsBeforeAnyRequest()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Changes.ReadChangesAsync("token", limit: 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => Changes.ReadChangesAsync("token", limit: ChangesClientExtensions.MaxPageSize + 1));
            Assert.Throws<ArgumentException>(() => Changes.ReadChangesAsync(string.Empty));
        }
    }

    private static string Describe(CertStatusChange change) => $"{change.Resource} {change.Id} {change.Operation}";

    private async Task<List<ChangeFeedPage>> ReadAllAsync(string token, int limit)
    {
        var pages = new List<ChangeFeedPage>();
        await foreach (var page in Changes.ReadChangesAsync(token, limit))
        {
            pages.Add(page);
        }

        return pages;
    }
}
