using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §3: sort = mentor_id | expiry_date | -expiry_date; the order is stable, with mentor_id breaking ties.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ListSortTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly DateTimeOffset Early = PinnedNow.AddDays(10);
    private static readonly DateTimeOffset Late = PinnedNow.AddDays(20);

    [TestCase("")]
    [TestCase("sort=mentor_id")]
    public async Task List_ByMentorId_OrdersByMentorIdAscending(string query)
    {
        await SeedWithTiesAsync();

        Assert.That(MentorIds(await ListAsync(query)), Is.EqualTo(new[] { "m-a", "m-b", "m-c", "m-d", "m-e" }));
    }

    [Test]
    public async Task List_ByExpiryDate_OrdersByExpiryThenMentorId()
    {
        await SeedWithTiesAsync();

        var ids = MentorIds(await ListAsync("sort=expiry_date"));

        Assert.That(ids, Is.EqualTo(new[] { "m-b", "m-d", "m-a", "m-c", "m-e" }));
    }

    [Test]
    public async Task List_ByExpiryDateDescending_IsTheExactReverseOfExpiryDate()
    {
        // Ties fall in reverse mentor_id order too, so one index serves both directions.
        await SeedWithTiesAsync();

        var ids = MentorIds(await ListAsync("sort=-expiry_date"));

        Assert.That(ids, Is.EqualTo(new[] { "m-e", "m-c", "m-a", "m-d", "m-b" }));
    }

    [TestCase("sort=expiry_date")]
    [TestCase("sort=-expiry_date")]
    [TestCase("sort=mentor_id")]
    public async Task List_PagedInAnySort_VisitsEveryMentorOnce(string sort)
    {
        await SeedWithTiesAsync();
        var whole = MentorIds(await ListAsync(sort));

        var paged = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            paged.AddRange(MentorIds(await ListAsync($"{sort}&limit=2&page={page}")));
        }

        Assert.That(paged, Is.EqualTo(whole));
    }

    [Test]
    public async Task List_ByExpiryDate_OrdersFractionalSecondsCorrectly()
    {
        await CreateExpiringAtAsync("m-1", PinnedNow.AddDays(1).AddTicks(5_000_000));
        await CreateExpiringAtAsync("m-2", PinnedNow.AddDays(1).AddTicks(2_500_000));
        await CreateExpiringAtAsync("m-3", PinnedNow.AddDays(1));
        await CreateExpiringAtAsync("m-4", PinnedNow.AddDays(1).AddSeconds(1));

        Assert.That(MentorIds(await ListAsync("sort=expiry_date")), Is.EqualTo(new[] { "m-3", "m-2", "m-1", "m-4" }));
    }

    [TestCase("sort=name")]
    [TestCase("sort=Expiry_Date")]
    [TestCase("sort=+expiry_date")]
    [TestCase("sort=-mentor_id")]
    public async Task List_WithUnknownSort_Returns400NamingSort(string query)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        var errors = await AssertValidationProblemAsync(response, "sort");
        Assert.That((string?)errors["sort"]![0], Does.Contain("expiry_date"));
    }

    /// <summary>Created out of order: m-b and m-d expire early, m-a, m-c and m-e late, m-e latest.</summary>
    private async Task SeedWithTiesAsync()
    {
        await CreateExpiringAtAsync("m-e", Late.AddDays(1));
        await CreateExpiringAtAsync("m-c", Late);
        await CreateExpiringAtAsync("m-d", Early);
        await CreateExpiringAtAsync("m-a", Late);
        await CreateExpiringAtAsync("m-b", Early);
    }
}
