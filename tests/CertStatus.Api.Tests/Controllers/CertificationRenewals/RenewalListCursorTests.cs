using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>SPEC §3 "Cursor paging" on the renewals: the walk in every sort, and misuse answered 400 naming cursor.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalListCursorTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    [TestCase("sort=renewal_id")]
    [TestCase("sort=renewal_date")]
    [TestCase("sort=-renewal_date")]
    [TestCase("processed_by=admin-1&sort=-renewal_date")]
    [TestCase("mentor_id=mentor-1&sort=renewal_date")]
    public async Task List_WalkedByCursor_ReturnsWhatOnePageHoldsInTheSameOrder(string filters)
    {
        await SeedAsync(mentors: 4, renewalsEach: 4);
        var whole = RenewalIds(await ListRenewalsAsync($"{filters}&limit=100"));

        var walked = await WalkAsync(filters, limit: 3);

        Assert.That(walked, Is.EqualTo(whole));
    }

    [Test]
    public async Task List_WithACursorOfTheStatuses_Returns400NamingCursor()
    {
        await SeedAsync(mentors: 3, renewalsEach: 1);
        var statusesCursor = Uri.EscapeDataString((string)(await ListAsync("limit=1"))["pagination"]!["next_cursor"]!);

        using var response = await GetAsync($"{Routes.Renewals}?cursor={statusesCursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [Test]
    public async Task List_WithACursorFromAnotherProcessor_Returns400NamingCursor()
    {
        await SeedAsync(mentors: 3, renewalsEach: 2);
        var cursor = Uri.EscapeDataString((string)(await ListRenewalsAsync("processed_by=admin-1&limit=1"))["pagination"]!["next_cursor"]!);

        using var response = await GetAsync($"{Routes.Renewals}?processed_by=admin-2&cursor={cursor}");

        await AssertValidationProblemAsync(response, "cursor");
    }

    [TestCase("renewal_id")]
    [TestCase("-renewal_date")]
    public async Task List_SweptWhileOthersRecordAndDelete_ReturnsEveryRenewalThatExistedThroughoutExactlyOnce(string sort)
    {
        var stable = await SeedAsync(mentors: 10, renewalsEach: 3);
        await CreateAsync("churn");
        var doomed = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            doomed.Add((await RecordAsync("churn", $"2026-03-{10 + i:D2}T00:00:00Z", $"2030-01-{1 + i:D2}T00:00:00Z")).RenewalId);
        }

        var writers = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                using var deleted = await DeleteAsync($"{Routes.Renewals}/{doomed[9 - i]}");
                await RecordAsync("churn", $"2026-03-{10 + i:D2}T12:00:00Z", $"2031-01-{1 + i:D2}T00:00:00Z");
            }
        });

        var seen = await WalkAsync($"sort={sort}", limit: 4);
        await writers;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Is.Unique);
            Assert.That(stable, Is.SubsetOf(seen));
        }
    }

    /// <summary>Mentors mentor-0… with renewals on distinct days by admin-1 and admin-2 in turn; returns the renewal ids.</summary>
    private async Task<List<string>> SeedAsync(int mentors, int renewalsEach)
    {
        var ids = new List<string>();
        for (var m = 0; m < mentors; m++)
        {
            await CreateAsync($"mentor-{m}");
            for (var r = 0; r < renewalsEach; r++)
            {
                var renewal = await RecordAsync(new RenewalBuilder($"mentor-{m}")
                    .RenewedAt(PinnedNow.AddDays(-((m * 7) + r) % 9))
                    .ExpiringAt(PinnedNow.AddYears(2 + r))
                    .ProcessedBy($"admin-{(m + r) % 2 + 1}"));
                ids.Add(renewal.RenewalId);
            }
        }

        return ids;
    }

    private async Task<List<string>> WalkAsync(string filters, int limit)
    {
        var ids = new List<string>();
        JsonObject page = await ListRenewalsAsync($"{filters}&limit={limit}");
        for (var pages = 1; pages < 200; pages++)
        {
            ids.AddRange(RenewalIds(page));
            if ((string?)page["pagination"]!["next_cursor"] is not { } cursor)
            {
                return ids;
            }

            page = await ListRenewalsAsync($"{filters}&limit={limit}&cursor={Uri.EscapeDataString(cursor)}");
        }

        throw new AssertionException("the walk does not end");
    }
}
