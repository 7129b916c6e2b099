using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// SPEC §2: concurrent renewals of one mentor never lose an update. Requests that lose a race are retried
/// a bounded number of times; one that still loses gets 409, one that no longer extends the moved expiry
/// gets 400 — never a 5xx, and whatever was accepted forms one chain of renewals.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalConcurrencyTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-race";
    private const int Renewals = 24;

    /// <summary>Fixed, so that a failing order can be replayed; the shuffle only has to differ from creation order.</summary>
    private const int ShuffleSeed = 20260326;

    private static readonly DateTimeOffset FirstNewExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstRenewalDate = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [Test]
    public async Task SimultaneousRenewals_OfOneMentor_AreEachRecordedOrRefused_AndFormOneChain()
    {
        var requests = Enumerable.Range(0, Renewals)
            .Select(i => new RenewalBuilder(MentorId)
                .RenewedAt(FirstRenewalDate.AddHours(i))
                .ExpiringAt(FirstNewExpiry.AddDays(i))
                .ProcessedBy($"clerk-{i:00}")
                .Build())
            .ToArray();
        new Random(ShuffleSeed).Shuffle(requests);

        var outcomes = await FireAsync(requests.Select(body => (Func<Task<Outcome>>)(() => SendAsync(HttpMethod.Post, Routes.Renewals, body))));

        await AssertOnlyAsync(outcomes, HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        var accepted = await AssertAcceptedRenewalsAreStoredAsync(outcomes);
        Assert.That(accepted, Is.Not.Empty);

        var status = (await GetStatusAsync(MentorId)).Body;
        AssertChain(accepted, CertificationStatusBuilder.DefaultExpiryDate, otherExpiries: []);
        Assert.That((string?)status["expiry_date"], Is.EqualTo(accepted[^1]["new_expiry_date"]), "the expiry of the renewal applied last");
        Assert.That((string?)status["last_renewal_date"], Is.EqualTo(accepted[^1]["renewal_date"]));

        // A 400 is right only for a renewal that did not extend the expiry it met, which never exceeds the final one.
        foreach (var refused in outcomes.Where(outcome => outcome.Status == HttpStatusCode.BadRequest))
        {
            Assert.That(refused.Body["errors"]?.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "new_expiry_date" }), refused.Text);
            Assert.That(
                DateTimeOffset.Parse((string)refused.Request!["new_expiry_date"]!, System.Globalization.CultureInfo.InvariantCulture),
                Is.LessThanOrEqualTo(DateTimeOffset.Parse((string)status["expiry_date"]!, System.Globalization.CultureInfo.InvariantCulture)),
                refused.Text);
        }
    }

    [Test]
    public async Task SimultaneousRenewalsAndStatusUpdates_EndInAStateSomeOrderOfTheAcceptedWritesExplains()
    {
        var requests = new List<(HttpMethod Method, string Path, JsonObject Body)>();
        for (var i = 0; i < Renewals; i++)
        {
            requests.Add(i % 2 == 0
                ? (HttpMethod.Post, Routes.Renewals, new RenewalBuilder(MentorId).RenewedAt(FirstRenewalDate.AddHours(i)).ExpiringAt(FirstNewExpiry.AddDays(i)).Build())
                : (HttpMethod.Put, Routes.Status(MentorId), ExpiryChange(CertificationStatusBuilder.Format(FirstNewExpiry.AddDays(i)), $"put-{i:00}")));
        }

        new Random(ShuffleSeed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(requests));

        var outcomes = await FireAsync(requests.Select(r => (Func<Task<Outcome>>)(() => SendAsync(r.Method, r.Path, r.Body))));

        var renewals = outcomes.Where(o => o.Method == HttpMethod.Post).ToList();
        var puts = outcomes.Where(o => o.Method == HttpMethod.Put).ToList();
        await AssertOnlyAsync(renewals, HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        await AssertOnlyAsync(puts, HttpStatusCode.OK, HttpStatusCode.Conflict);
        var accepted = await AssertAcceptedRenewalsAreStoredAsync(renewals);
        var acceptedPuts = puts.Where(o => o.Status == HttpStatusCode.OK).ToDictionary(o => (string)o.Request!["updated_reason"]!, o => (string)o.Request!["expiry_date"]!);
        foreach (var put in puts.Where(o => o.Status == HttpStatusCode.OK))
        {
            Assert.That((string?)put.Body["expiry_date"], Is.EqualTo((string?)put.Request!["expiry_date"]), put.Text);
        }

        // Each accepted renewal replaced the expiry the renewal before it set, or one a PUT set in between.
        AssertChain(accepted, CertificationStatusBuilder.DefaultExpiryDate, [.. acceptedPuts.Values]);

        // The last write applied was a renewal (the last accepted one) or the PUT the status names as its reason.
        var status = (await GetStatusAsync(MentorId)).Body;
        var reason = (string?)status["updated_reason"];
        var candidates = new List<string?> { accepted.Count > 0 ? accepted[^1]["new_expiry_date"] : CertificationStatusBuilder.DefaultExpiryDate };
        if (reason is not null)
        {
            Assert.That(acceptedPuts, Does.ContainKey(reason), "updated_reason names an accepted PUT");
            candidates.Add(acceptedPuts[reason]);
        }
        else
        {
            Assert.That(acceptedPuts, Is.Empty, "an accepted PUT leaves its reason");
        }

        Assert.That((string?)status["expiry_date"], Is.AnyOf([.. candidates]), status.ToJsonString());
        Assert.That((string?)status["last_renewal_date"], Is.EqualTo(accepted.Count > 0 ? accepted[^1]["renewal_date"] : CertificationStatusBuilder.DefaultIssueDate));
    }

    [Test]
    public async Task SimultaneousCorrections_WithTheSameIfMatch_AcceptExactlyOne()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        var outcomes = await FireAsync(Enumerable.Range(0, Renewals).Select(i => (Func<Task<Outcome>>)(() =>
            SendAsync(HttpMethod.Put, Routes.Renewal(renewal.RenewalId), Correction(CertificationStatusBuilder.Format(FirstNewExpiry.AddDays(100 + i)), $"correction-{i:00}"), renewal.ETag))));

        await AssertOnlyAsync(outcomes, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict);
        var winners = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        Assert.That(winners, Has.Count.EqualTo(1), "one If-Match names one version");
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read.Body.ToJsonString(), Is.EqualTo(winners[0].Body.ToJsonString()));
        Assert.That(read.ETag, Is.EqualTo(winners[0].ETag));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo(read["new_expiry_date"]));
    }

    [Test]
    public async Task SimultaneousDeletes_OfOneRenewal_DeleteItOnce()
    {
        await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-02T00:00:00Z", "2029-01-01T00:00:00Z");

        var outcomes = await FireAsync(Enumerable.Range(0, Renewals).Select(_ => (Func<Task<Outcome>>)(() =>
            SendAsync(HttpMethod.Delete, Routes.Renewal(latest.RenewalId), body: null))));

        await AssertOnlyAsync(outcomes, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Conflict);
        Assert.That(outcomes.Count(o => o.Status == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2028-01-01T00:00:00Z | 2026-03-01T00:00:00Z | 646"), "restored once, to what the deleted renewal replaced");
        Assert.That(await CountRenewalsAsync(), Is.EqualTo(1));
    }

    /// <summary>Starts every request before awaiting any, so that they reach the service together.</summary>
    private static async Task<Outcome[]> FireAsync(IEnumerable<Func<Task<Outcome>>> requests)
    {
        using var start = new ManualResetEventSlim();
        var tasks = requests.Select(request => Task.Run(async () =>
        {
            start.Wait();
            return await request();
        })).ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private async Task<Outcome> SendAsync(HttpMethod method, string path, JsonObject? body, string? ifMatch = null)
    {
        using var response = await SendAsync(method, path, body is null ? null : Json(body), ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        var parsed = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? [];
        return new Outcome(method, body, response.StatusCode, parsed, text, ETagOf(response), response.Headers.Location?.AbsolutePath);
    }

    /// <summary>Asserts that every outcome has one of the allowed statuses, and that every error is a proper problem.</summary>
    private static async Task AssertOnlyAsync(IReadOnlyCollection<Outcome> outcomes, params HttpStatusCode[] allowed)
    {
        var summary = string.Join(", ", outcomes.GroupBy(o => o.Status).Select(g => $"{(int)g.Key}×{g.Count()}"));
        TestContext.Out.WriteLine($"Outcomes: {summary}");
        Assert.That(outcomes.Select(o => (int)o.Status), Has.All.LessThan(500), summary);
        Assert.That(outcomes.Select(o => o.Status).Distinct(), Is.SubsetOf(allowed), summary);
        foreach (var failed in outcomes.Where(o => (int)o.Status >= 400))
        {
            using var response = new HttpResponseMessage(failed.Status) { Content = new StringContent(failed.Text, System.Text.Encoding.UTF8, "application/problem+json") };
            await Problems.AssertProblemAsync(response, failed.Status);
        }
    }

    /// <summary>
    /// Asserts that the accepted renewals — and nothing else — are stored as answered, each under its own id,
    /// and returns them in the order they were applied (their numbers).
    /// </summary>
    private async Task<List<RenewalResource>> AssertAcceptedRenewalsAreStoredAsync(IEnumerable<Outcome> outcomes)
    {
        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.Created).Select(o => new RenewalResource(o.Body, o.ETag)).ToList();
        var ids = accepted.Select(renewal => renewal.RenewalId).ToList();
        Assert.That(ids, Is.Unique);
        foreach (var created in outcomes.Where(o => o.Status == HttpStatusCode.Created))
        {
            Assert.That(created.Location, Is.EqualTo(Routes.Renewal((string)created.Body["renewal_id"]!)));
            Assert.That((string?)created.Body["new_expiry_date"], Is.EqualTo((string?)created.Request!["new_expiry_date"]));
        }

        foreach (var renewal in accepted)
        {
            var read = await GetRenewalAsync(renewal.RenewalId);
            Assert.That(read.Body.ToJsonString(), Is.EqualTo(renewal.Body.ToJsonString()));
            Assert.That(read.ETag, Is.EqualTo(renewal.ETag));
        }

        accepted.Sort((a, b) => NumberOf(a.RenewalId).CompareTo(NumberOf(b.RenewalId)));
        var inOrder = accepted.Select(renewal => renewal.RenewalId).ToArray();
        Assert.That(RenewalIds(await ListRenewalsAsync($"mentor_id={MentorId}&limit=100")), Is.EqualTo(inOrder));
        Assert.That(RenewalIds(await ListRenewalsAsync("limit=100")), Is.EqualTo(inOrder), "nothing but the accepted renewals is stored");
        return accepted;
    }

    /// <summary>
    /// Each accepted renewal (in applied order) replaced the expiry the one before it set — the original for
    /// the first — or one of <paramref name="otherExpiries"/> written in between, and extended it.
    /// </summary>
    private static void AssertChain(IReadOnlyList<RenewalResource> accepted, string originalExpiry, IReadOnlyCollection<string> otherExpiries)
    {
        var expected = originalExpiry;
        foreach (var renewal in accepted)
        {
            var previous = renewal["previous_expiry_date"]!;
            Assert.That(otherExpiries.Prepend(expected), Does.Contain(previous), $"{renewal.RenewalId}: {renewal.Body.ToJsonString()}");
            Assert.That(string.CompareOrdinal(renewal["new_expiry_date"], previous), Is.Positive, $"{renewal.RenewalId} extends the expiry it replaced");
            expected = renewal["new_expiry_date"]!;
        }
    }

    private sealed record Outcome(HttpMethod Method, JsonObject? Request, HttpStatusCode Status, JsonObject Body, string Text, string? ETag, string? Location);
}
