using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.Changes;

/// <summary>
/// SPEC §6 "order and completeness" under load: many writers create, renew and move the expiry of
/// their own mentors at once while a reader follows the feed in pages of 3 to 5; when the writers
/// stop and the reader reaches the end, it has seen exactly the changes of the acknowledged writes
/// — none skipped, none twice — and each mentor's in the order its writes were acknowledged.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ChangeFeedNoGapTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const int Writers = 8;
    private const int MentorsPerWriter = 4;
    private const int Seed = 20261207;

    private static readonly DateTimeOffset FirstExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private int _nextExpiry;

    [Test]
    public async Task AReaderFollowingTheFeedInSmallPages_SeesEveryAcknowledgedWriteOnce_InCommitOrder()
    {
        _nextExpiry = 0;
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        var acknowledged = new ConcurrentQueue<(string Change, string Expiry)>();
        using var writersDone = new CancellationTokenSource();

        var reader = Task.Run(() => FollowAsync(token, writersDone.Token));
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteAsync(writer, acknowledged))));
        await writersDone.CancelAsync();
        var seen = await reader;

        var expected = acknowledged.ToList();
        TestContext.Out.WriteLine($"{expected.Count} changes acknowledged, {seen.Count} read");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.Select(change => (ChangeFeedReader.Describe(change), ExpiryOf(change))), Is.EquivalentTo(expected), "every change once");
            foreach (var mentor in expected.Select(change => change.Change.Split(' ')[1]).Where(id => !id.StartsWith("renewal-", StringComparison.Ordinal)).Distinct())
            {
                var mine = $"certification-status {mentor} upsert";
                Assert.That(
                    seen.Where(change => ChangeFeedReader.Describe(change) == mine).Select(ExpiryOf),
                    Is.EqualTo(expected.Where(change => change.Change == mine).Select(change => change.Expiry)),
                    $"{mentor}: in the order its writes were acknowledged");
            }
        }
    }

    /// <summary>
    /// One writer: for each of its mentors in turn, create, renew twice, move the expiry — each
    /// write on a mentor after the previous one was acknowledged, so a mentor's order is known.
    /// </summary>
    private async Task WriteAsync(int writer, ConcurrentQueue<(string Change, string Expiry)> acknowledged)
    {
        var random = new Random(Seed + writer);
        for (var m = 0; m < MentorsPerWriter; m++)
        {
            var mentorId = $"gap-w{writer}-m{m}";
            var expiry = NextExpiry();
            using (var created = await Client.PostAsync(
                new Uri(Routes.Statuses, UriKind.Relative),
                Json(new CertificationStatusBuilder().WithMentorId(mentorId).ExpiringAt(expiry).Build())))
            {
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }

            acknowledged.Enqueue(($"certification-status {mentorId} upsert", expiry));
            for (var renewal = 0; renewal < 2; renewal++)
            {
                expiry = NextExpiry();
                using var renewed = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), Json(new RenewalBuilder(mentorId).ExpiringAt(expiry).Build()));
                var body = await ReadObjectAsync(renewed);
                Assert.That(renewed.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
                acknowledged.Enqueue(($"certification-status {mentorId} upsert", expiry));
                acknowledged.Enqueue(($"certification-renewal {body["renewal_id"]} upsert", expiry));
            }

            expiry = NextExpiry();
            using (var moved = await Client.PutAsync(new Uri(Routes.Status(mentorId), UriKind.Relative), Json(ExpiryChange(expiry))))
            {
                Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
            }

            acknowledged.Enqueue(($"certification-status {mentorId} upsert", expiry));
            await Task.Delay(random.Next(0, 5));
        }
    }

    /// <summary>Follows next_token in pages of 3 to 5 until the writers are done and a page says nothing more is there.</summary>
    private async Task<List<JsonObject>> FollowAsync(string token, CancellationToken writersDone)
    {
        var random = new Random(Seed);
        var seen = new List<JsonObject>();
        while (true)
        {
            // Read before looking at the writers: a page that ends the feed after they stopped saw all they wrote.
            var done = writersDone.IsCancellationRequested;
            var page = await ChangeFeedReader.ReadPageAsync(Client, token, random.Next(3, 6));
            seen.AddRange(page["data"]!.AsArray().Select(change => change!.AsObject()));
            token = (string)page["next_token"]!;
            if (done && !(bool)page["has_more"]!)
            {
                return seen;
            }
        }
    }

    private string NextExpiry() =>
        CertificationStatusBuilder.Format(FirstExpiry.AddHours(Interlocked.Increment(ref _nextExpiry)));

    private static string ExpiryOf(JsonObject change) =>
        CertificationStatusBuilder.Format(DateTimeOffset.Parse(
            (string)(change["data"]!["expiry_date"] ?? change["data"]!["new_expiry_date"])!,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal));
}
