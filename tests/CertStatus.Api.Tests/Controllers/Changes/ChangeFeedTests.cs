using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.Changes;

/// <summary>
/// SPEC §6 through HTTP: every kind of write yields its changes in commit order, an upsert carries
/// the representation GET one answered after that write, deletes are tombstones (a status deleted
/// with its renewals tombstones each of them), pages follow next_token, and every misuse of
/// since or limit is a 400 naming it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ChangeFeedTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    [Test]
    public async Task Latest_AnswersAToken_ThatReadsAnEmptyPage()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);

        var page = await ChangeFeedReader.ReadPageAsync(Client, token);

        Assert.That(page.ToJsonString(), Is.EqualTo(new JsonObject
        {
            ["data"] = new JsonArray(),
            ["next_token"] = token,
            ["has_more"] = false,
        }.ToJsonString()));
    }

    [Test]
    public async Task EveryKindOfWrite_YieldsItsChanges_InCommitOrder_EachUpsertAsGetOneAnsweredAfterIt()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        var expected = new List<(string Change, JsonObject? Data)>();
        async Task StatusUpserted(string mentorId) =>
            expected.Add(($"certification-status {mentorId} upsert", (await GetStatusAsync(mentorId)).Body));
        async Task RenewalUpserted(string renewalId) =>
            expected.Add(($"certification-renewal {renewalId} upsert", (await GetRenewalAsync(renewalId)).Body));

        await CreateAsync("feed-1");
        await StatusUpserted("feed-1");
        using (var changed = await PutAsync(Routes.Status("feed-1"), ExpiryChange("2027-06-01T00:00:00Z")))
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await StatusUpserted("feed-1");
        var first = await RecordAsync("feed-1", "2026-03-20T00:00:00Z", "2028-01-01T00:00:00Z");
        await StatusUpserted("feed-1");
        await RenewalUpserted(first.RenewalId);
        var second = await RecordAsync("feed-1", "2026-03-25T00:00:00Z", "2029-01-01T00:00:00Z");
        await StatusUpserted("feed-1");
        await RenewalUpserted(second.RenewalId);
        using (var corrected = await PutAsync(Routes.Renewal(second.RenewalId), Correction(newExpiryDate: "2029-06-01T00:00:00Z")))
        {
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await StatusUpserted("feed-1");
        await RenewalUpserted(second.RenewalId);
        using (var deleted = await DeleteAsync(Routes.Renewal(second.RenewalId)))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        expected.Add(($"certification-renewal {second.RenewalId} delete", null));
        await StatusUpserted("feed-1");

        var (changes, _) = await ChangeFeedReader.ReadAllAsync(Client, token);

        Assert.That(changes.Select(ChangeFeedReader.Describe), Is.EqualTo(expected.Select(change => change.Change)));
        using (Assert.EnterMultipleScope())
        {
            for (var index = 0; index < changes.Count && index < expected.Count; index++)
            {
                Assert.That(JsonNode.DeepEquals(changes[index]["data"], expected[index].Data), Is.True, $"change {index + 1}: {changes[index].ToJsonString()} vs {expected[index].Data?.ToJsonString()}");
                Assert.That(changes[index]["changed_at"]!.GetValue<string>(), Is.EqualTo("2026-03-26T00:00:00Z"), "the time of the write, from the service's clock");
            }
        }
    }

    [Test]
    public async Task DeletingAStatusWithRenewals_TombstonesEachRenewalThenTheStatus()
    {
        await CreateAsync("feed-2");
        var first = await RecordAsync("feed-2", "2026-03-20T00:00:00Z", "2028-01-01T00:00:00Z");
        var second = await RecordAsync("feed-2", "2026-03-25T00:00:00Z", "2029-01-01T00:00:00Z");
        var token = await ChangeFeedReader.LatestTokenAsync(Client);

        using (var deleted = await DeleteAsync(Routes.Status("feed-2")))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var (changes, _) = await ChangeFeedReader.ReadAllAsync(Client, token);

        Assert.That(changes.Select(ChangeFeedReader.Describe), Is.EqualTo(new List<string>
        {
            $"certification-renewal {first.RenewalId} delete",
            $"certification-renewal {second.RenewalId} delete",
            "certification-status feed-2 delete",
        }));
        Assert.That(changes.Select(change => change["data"]), Has.All.Null);
    }

    [Test]
    public async Task AWriteThatIsRefused_YieldsNoChange()
    {
        await CreateAsync("feed-3");
        var token = await ChangeFeedReader.LatestTokenAsync(Client);

        using (var refused = await PostAsync(new RenewalBuilder("feed-3").ExpiringAt("2020-01-01T00:00:00Z")))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }

        using (var stale = await PutAsync(Routes.Status("feed-3"), ExpiryChange("2027-06-01T00:00:00Z"), ifMatch: "\"stale\""))
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        }

        Assert.That((await ChangeFeedReader.ReadPageAsync(Client, token))["data"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Pages_FollowNextToken_WithHasMoreUntilTheEnd_AndAnEmptyPageKeepsItsPosition()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        foreach (var mentorId in new[] { "feed-a", "feed-b", "feed-c", "feed-d", "feed-e" })
        {
            await CreateAsync(mentorId);
        }

        var first = await ChangeFeedReader.ReadPageAsync(Client, token, limit: 2);
        var second = await ChangeFeedReader.ReadPageAsync(Client, (string)first["next_token"]!, limit: 2);
        var third = await ChangeFeedReader.ReadPageAsync(Client, (string)second["next_token"]!, limit: 2);
        var after = await ChangeFeedReader.ReadPageAsync(Client, (string)third["next_token"]!, limit: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { first, second, third }.SelectMany(page => page["data"]!.AsArray()).Select(change => (string)change!["id"]!),
                Is.EqualTo(new[] { "feed-a", "feed-b", "feed-c", "feed-d", "feed-e" }));
            Assert.That(new[] { first, second, third, after }.Select(page => (bool)page["has_more"]!), Is.EqualTo(new[] { true, true, false, false }));
            Assert.That(after["data"]!.AsArray(), Is.Empty);
            Assert.That((string)after["next_token"]!, Is.EqualTo((string)third["next_token"]!), "no change, same position");
            Assert.That(first["data"]!.AsArray(), Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task TheAliasRoutes_AnswerAsTheCanonicalOnes()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client, Routes.AliasChanges);
        await CreateAsync("feed-alias");

        var page = await ChangeFeedReader.ReadPageAsync(Client, token, root: Routes.AliasChanges);

        Assert.That(page["data"]!.AsArray().Select(change => ChangeFeedReader.Describe(change!.AsObject())), Is.EqualTo(new[] { "certification-status feed-alias upsert" }));
    }

    [TestCase("", "since")]
    [TestCase("?limit=10", "since")]
    [TestCase("?since=", "since")]
    [TestCase("?since=not-a-token", "since")]
    [TestCase("?since=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "since")]
    [TestCase("?since={token}&limit=0", "limit")]
    [TestCase("?since={token}&limit=1001", "limit")]
    [TestCase("?since={token}&limit=-1", "limit")]
    [TestCase("?since={token}&limit=ten", "limit")]
    [TestCase("?since={token}&limit=0x10", "limit")]
    [TestCase("?since={token}&cursor=x", "cursor")]
    [TestCase("?since={token}&since={token}", "since")]
    public async Task List_WithABadSinceOrLimit_Returns400NamingIt(string query, string field)
    {
        var token = Uri.EscapeDataString(await ChangeFeedReader.LatestTokenAsync(Client));

        using var response = await GetAsync(Routes.Changes + query.Replace("{token}", token, StringComparison.Ordinal));

        await AssertValidationProblemAsync(response, field);
    }

    [Test]
    public async Task List_WithATamperedToken_Returns400NamingSince()
    {
        await CreateAsync("feed-t");
        var token = (await ChangeFeedReader.LatestTokenAsync(Client)).ToCharArray();
        token[^3] = token[^3] == 'A' ? 'B' : 'A';

        using var response = await GetAsync(Routes.ChangesSince(new string(token)));

        await AssertValidationProblemAsync(response, "since");
    }

    [Test]
    public async Task List_WithAListCursorAsSince_Returns400NamingSince()
    {
        await CreateAsync("feed-c1");
        await CreateAsync("feed-c2");
        var cursor = (string)(await ListAsync("limit=1"))["pagination"]!["next_cursor"]!;

        using var response = await GetAsync(Routes.ChangesSince(cursor));

        await AssertValidationProblemAsync(response, "since");
    }

    [Test]
    public async Task List_WithoutALimit_AnswersAtMost100Changes()
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        for (var i = 0; i < 101; i++)
        {
            await CreateAsync($"feed-default-{i:D3}");
        }

        var page = await ChangeFeedReader.ReadPageAsync(Client, token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page["data"]!.AsArray(), Has.Count.EqualTo(100), "SPEC §6: limit defaults to 100");
            Assert.That((bool)page["has_more"]!, Is.True);
        }
    }

    [TestCase(1)]
    [TestCase(1000)]
    public async Task List_AtTheEdgesOfLimit_Answers(int limit)
    {
        var token = await ChangeFeedReader.LatestTokenAsync(Client);
        await CreateAsync("feed-edge");

        var page = await ChangeFeedReader.ReadPageAsync(Client, token, limit);

        Assert.That(page["data"]!.AsArray(), Has.Count.EqualTo(1));
    }
}
