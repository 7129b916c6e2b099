using System.Diagnostics;
using System.Net;
using CertStatus.Api.ChangeFeed;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.Changes;

/// <summary>
/// SPEC §6 retention, on the service's own clock (a FakeTimeProvider): the clean-up runs on its
/// timer once the clock passes ChangeFeed:RetentionDays, deletes what is older, and a token
/// positioned before what it deleted gets 410 problem+json saying a full resync is needed, while
/// tokens after it read on. Nothing sets the retention: the 30 days here are SPEC's default. The
/// fixture is its own host, so no other test moves its clock.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ChangeFeedRetentionTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(15);

    [Test]
    public async Task ATokenBeforeWhatTheCleanUpDeleted_Gets410_WhileLaterTokensReadOn()
    {
        var beforeOld = await ChangeFeedReader.LatestTokenAsync(Client);
        await CreateAsync("old-1");
        var afterOld = (string)(await ChangeFeedReader.ReadPageAsync(Client, beforeOld))["next_token"]!;
        Clock.Advance(TimeSpan.FromDays(20));
        await CreateAsync("young-1");

        // 31 days after old-1, 11 after young-1: only old-1 is past 30 days. The timer fires as the
        // clock passes each hour; the pass then runs on its own.
        Clock.Advance(TimeSpan.FromDays(11));
        using var gone = await PollUntilAsync(beforeOld, HttpStatusCode.Gone);

        var problem = await AssertProblemAsync(gone, HttpStatusCode.Gone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)problem["type"], Is.EqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.11"));
            Assert.That((string?)problem["detail"], Does.Contain("full resync").And.Contain("30 days").And.Contain("/api/v1/changes/latest"));
        }

        var (kept, _) = await ChangeFeedReader.ReadAllAsync(Client, afterOld);
        Assert.That(kept.Select(ChangeFeedReader.Describe), Is.EqualTo(new[] { "certification-status young-1 upsert" }));
        var latest = await ChangeFeedReader.LatestTokenAsync(Client);
        Assert.That((await ChangeFeedReader.ReadPageAsync(Client, latest))["data"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ChangesYoungerThanTheRetention_AreKept()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        await CreateAsync("kept-1");

        Clock.Advance(TimeSpan.FromDays(29));
        Clock.Advance(ChangeFeedRetentionService.Interval * 2);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var page = await ChangeFeedReader.ReadPageAsync(Client, token);
        Assert.That(page["data"]!.AsArray().Select(change => (string?)change!["id"]), Is.EqualTo(new[] { "kept-1" }));
    }

    private async Task<HttpResponseMessage> PollUntilAsync(string token, HttpStatusCode status)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await GetAsync(Routes.ChangesSince(token));
            if (response.StatusCode == status || waited.Elapsed > PollTimeout)
            {
                return response;
            }

            response.Dispose();

            // The timer's due time may be a little ahead of the clock (it was set at start).
            Clock.Advance(ChangeFeedRetentionService.Interval);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
