using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>
/// SPEC §3 "Cursor paging" on the statuses: next_cursor in every response, a walk that returns
/// every item once with the page ordinal and the exact total, the walk's time bounds kept, and a
/// 400 naming cursor for every misuse.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ListCursorTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase("")]
    [TestCase("sort=mentor_id")]
    [TestCase("sort=expiry_date")]
    [TestCase("sort=-expiry_date")]
    [TestCase("certification_type=peer_mentor_advanced&sort=-expiry_date")]
    [TestCase("is_expired=false&sort=expiry_date")]
    public async Task List_WalkedByCursor_ReturnsWhatOnePageHoldsInTheSameOrder(string filters)
    {
        await SeedAsync(23);
        var whole = MentorIds(await ListAsync($"{filters}&limit=100"));

        var pages = await WalkAsync(filters, limits: [5, 3, 7]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(MentorIds), Is.EqualTo(whole));
            Assert.That(pages.Select(page => (int)page["pagination"]!["page"]!), Is.EqualTo(Enumerable.Range(1, pages.Count)));
            Assert.That(pages.Select(page => (int)page["pagination"]!["total"]!), Has.All.EqualTo(whole.Length));
            Assert.That(pages[^1]["pagination"]!["next_cursor"], Is.Null);
            Assert.That(pages.SkipLast(1).Select(page => (string?)page["pagination"]!["next_cursor"]), Has.All.Not.Null);
        }
    }

    [Test]
    public async Task List_WhenThePageHoldsEverything_HasNoNextCursor()
    {
        await SeedAsync(3);

        var page = await ListAsync("limit=3");

        Assert.That(page["pagination"]!.ToJsonString(), Is.EqualTo("""{"page":1,"limit":3,"total":3,"next_cursor":null}"""));
    }

    [Test]
    public async Task List_FromAPageNumber_ContinuesByCursorWithTheNextOrdinal()
    {
        await SeedAsync(10);

        var third = await ListAsync("limit=2&page=3");
        var fourth = await ListAsync($"limit=2&cursor={CursorOf(third)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(MentorIds(fourth), Is.EqualTo(MentorIds(await ListAsync("limit=2&page=4"))));
            Assert.That((int)fourth["pagination"]!["page"]!, Is.EqualTo(4));
        }
    }

    [Test]
    public async Task List_WalkingIsExpired_KeepsTheBoundsOfTheFirstPage()
    {
        for (var day = 1; day <= 6; day++)
        {
            await CreateExpiringAtAsync($"mentor-{day}", PinnedNow.AddDays(day));
        }

        var first = await ListAsync("is_expired=false&limit=2");
        Clock.Advance(TimeSpan.FromDays(4.5));
        var rest = await ListAsync($"is_expired=false&limit=10&cursor={CursorOf(first)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(MentorIds(rest), Is.EqualTo(new[] { "mentor-3", "mentor-4", "mentor-5", "mentor-6" }), "the set walked does not shift");
            Assert.That((int)rest["pagination"]!["total"]!, Is.EqualTo(6), "the total counts the walk's set");
            Assert.That(rest["data"]!.AsArray().Select(item => (bool)item!["is_expired"]!), Is.EqualTo(new[] { true, true, false, false }), "computed fields are of now");
        }
    }

    [Test]
    public async Task List_WithPageAndCursor_Returns400NamingCursor()
    {
        await SeedAsync(3);
        var cursor = CursorOf(await ListAsync("limit=1"));

        using var response = await GetAsync($"{Routes.Statuses}?page=2&cursor={cursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [TestCase("sort=expiry_date")]
    [TestCase("certification_type=peer_mentor_standard")]
    [TestCase("is_expired=false")]
    [TestCase("expiring_within_days=30")]
    public async Task List_WithACursorFromOtherFiltersOrSort_Returns400NamingCursor(string otherFilters)
    {
        await SeedAsync(3);
        var cursor = CursorOf(await ListAsync("limit=1"));

        using var response = await GetAsync($"{Routes.Statuses}?{otherFilters}&cursor={cursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [TestCase("not-a-cursor")]
    [TestCase("AQE")]
    [TestCase("%20")]
    public async Task List_WithACursorTheServiceDidNotIssue_Returns400NamingCursor(string cursor)
    {
        using var response = await GetAsync($"{Routes.Statuses}?cursor={cursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [Test]
    public async Task List_WithATamperedCursor_Returns400NamingCursor()
    {
        await SeedAsync(3);
        var cursor = CursorOf(await ListAsync("limit=1")).ToCharArray();
        cursor[^3] = cursor[^3] == 'A' ? 'B' : 'A';

        using var response = await GetAsync($"{Routes.Statuses}?cursor={new string(cursor)}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [Test]
    public async Task List_WithACursorOfTheRenewals_Returns400NamingCursor()
    {
        await SeedAsync(2);
        foreach (var mentorId in new[] { "mentor-00", "mentor-01" })
        {
            using var recorded = await PostAsync(Routes.Renewals, new RenewalBuilder(mentorId).Build());
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var renewalsCursor = CursorOf(await ListAsync("limit=1", Routes.Renewals));
        using var response = await GetAsync($"{Routes.Statuses}?cursor={renewalsCursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [TestCase("mentor_id")]
    [TestCase("expiry_date")]
    public async Task List_SweptWhileOthersCreateAndDelete_ReturnsEveryItemThatExistedThroughoutExactlyOnce(string sort)
    {
        var stable = await SeedAsync(40);
        var churn = Enumerable.Range(0, 40).Select(i => $"churn-{i:D2}").ToArray();
        foreach (var mentorId in churn.Take(20))
        {
            await CreateExpiringAtAsync(mentorId, PinnedNow.AddDays(churn.Length - Array.IndexOf(churn, mentorId)));
        }

        // Writers delete the first twenty churn items and create the other twenty while the sweep runs.
        using var stop = new CancellationTokenSource();
        var writers = Task.Run(async () =>
        {
            for (var i = 0; i < 20 && !stop.IsCancellationRequested; i++)
            {
                using var deleted = await DeleteAsync($"{Routes.Statuses}/{churn[i]}");
                await CreateExpiringAtAsync(churn[20 + i], PinnedNow.AddDays(1 + (i * 3 % 50)).AddHours(i));
            }
        });

        var seen = new List<string>();
        var pages = await WalkAsync($"sort={sort}", limits: [3], onPage: page => seen.AddRange(MentorIds(page)));
        await stop.CancelAsync();
        await writers;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Is.Unique, "no item comes twice");
            Assert.That(stable, Is.SubsetOf(seen), "every item that existed throughout comes");
            Assert.That(pages, Has.Count.GreaterThan(10));
        }
    }

    private static string CursorOf(JsonObject page) =>
        Uri.EscapeDataString((string?)page["pagination"]!["next_cursor"] ?? throw new AssertionException("the page has no next_cursor"));

    /// <summary>Mentors mentor-00… of both types, expiring on both sides of now, some on the same day; returns their ids.</summary>
    private async Task<string[]> SeedAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var mentorId = $"mentor-{i:D2}";
            await CreateAsync(new CertificationStatusBuilder()
                .WithMentorId(mentorId)
                .WithType(i % 3 == 0 ? "peer_mentor_advanced" : "peer_mentor_standard")
                .IssuedAt(PinnedNow.AddYears(-1))
                .ExpiringAt(PinnedNow.AddDays((i % 7) - 3)));
            ids.Add(mentorId);
        }

        return [.. ids];
    }

    private async Task<List<JsonObject>> WalkAsync(string filters, int[] limits, Action<JsonObject>? onPage = null)
    {
        var pages = new List<JsonObject>();
        var page = await ListAsync($"{filters}&limit={limits[0]}");
        while (true)
        {
            pages.Add(page);
            onPage?.Invoke(page);
            if (page["pagination"]!["next_cursor"] is null || pages.Count > 200)
            {
                return pages;
            }

            page = await ListAsync($"{filters}&limit={limits[pages.Count % limits.Length]}&cursor={CursorOf(page)}");
        }
    }
}
