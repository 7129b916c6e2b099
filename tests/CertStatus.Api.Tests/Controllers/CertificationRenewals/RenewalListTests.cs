using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// GET /api/v1/certification-renewals (SPEC §3): page and limit, the filters mentor_id and processed_by,
/// sort = renewal_id | renewal_date | -renewal_date with the id breaking ties; bad or unknown parameters are 400s.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalListTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string Early = "2026-03-01T00:00:00Z";
    private const string Late = "2026-03-20T00:00:00Z";

    [Test]
    public async Task List_WithNoRenewals_ReturnsAnEmptyPage()
    {
        var page = await ListRenewalsAsync();

        Assert.That(page.ToJsonString(), Is.EqualTo("""{"data":[],"pagination":{"page":1,"limit":20,"total":0,"next_cursor":null}}"""));
    }

    [Test]
    public async Task List_ItemsAreTheWholeRepresentationGetReturns()
    {
        await CreateAsync("mentor-a");
        var renewal = await RecordAsync(new RenewalBuilder("mentor-a").WithNotes("noted"));

        var page = await ListRenewalsAsync();

        Assert.That(page["data"]!.AsArray().Single()!.ToJsonString(), Is.EqualTo((await GetRenewalAsync(renewal.RenewalId)).Body.ToJsonString()));
    }

    [TestCase("")]
    [TestCase("sort=renewal_id")]
    public async Task List_ByDefaultAndByRenewalId_OrdersByRenewalNumber(string query)
    {
        var ids = await SeedAsync();

        Assert.That(RenewalIds(await ListRenewalsAsync(query)), Is.EqualTo(ids));
    }

    [Test]
    public async Task List_ByRenewalDate_OrdersByDateThenRenewalId()
    {
        var ids = await SeedAsync();

        var listed = RenewalIds(await ListRenewalsAsync("sort=renewal_date"));

        // Seeded: a/Late, b/Early, a/Late, c/Early, b/Late (renewal numbers ascending).
        Assert.That(listed, Is.EqualTo(new[] { ids[1], ids[3], ids[0], ids[2], ids[4] }));
    }

    [Test]
    public async Task List_ByRenewalDateDescending_IsTheExactReverseOfRenewalDate()
    {
        var ids = await SeedAsync();

        var listed = RenewalIds(await ListRenewalsAsync("sort=-renewal_date"));

        Assert.That(listed, Is.EqualTo(new[] { ids[4], ids[2], ids[0], ids[3], ids[1] }));
    }

    [TestCase("sort=renewal_id")]
    [TestCase("sort=renewal_date")]
    [TestCase("sort=-renewal_date")]
    public async Task List_PagedInAnySort_VisitsEveryRenewalOnce(string sort)
    {
        await SeedAsync();
        var whole = RenewalIds(await ListRenewalsAsync(sort));

        var paged = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var listed = await ListRenewalsAsync($"{sort}&limit=2&page={page}");
            var pagination = listed["pagination"]!;
            Assert.That(
                ((int)pagination["page"]!, (int)pagination["limit"]!, (int)pagination["total"]!, pagination["next_cursor"] is null),
                Is.EqualTo((page, 2, 5, page == 3)));
            paged.AddRange(RenewalIds(listed));
        }

        Assert.That(paged, Is.EqualTo(whole));
    }

    [Test]
    public async Task List_PageBeyondTheLast_ReturnsNoItemsButTheTotal()
    {
        await SeedAsync();

        var page = await ListRenewalsAsync("limit=2&page=4");

        Assert.That(page.ToJsonString(), Is.EqualTo("""{"data":[],"pagination":{"page":4,"limit":2,"total":5,"next_cursor":null}}"""));
    }

    [Test]
    public async Task List_FilteredByMentorId_ReturnsOnlyThatMentorsRenewalsAndTheirTotal()
    {
        var ids = await SeedAsync();

        var page = await ListRenewalsAsync("mentor_id=mentor-a");

        Assert.That(RenewalIds(page), Is.EqualTo(new[] { ids[0], ids[2] }));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(2));
    }

    [Test]
    public async Task List_FilteredByMentorId_IsCaseSensitive()
    {
        await SeedAsync();

        var page = await ListRenewalsAsync("mentor_id=Mentor-a");

        Assert.That(RenewalIds(page), Is.Empty);
        Assert.That((int?)page["pagination"]!["total"], Is.Zero);
    }

    [Test]
    public async Task List_FilteredByProcessedBy_ReturnsOnlyWhatThatPersonProcessed()
    {
        var ids = await SeedAsync();

        var page = await ListRenewalsAsync("processed_by=admin-2");

        Assert.That(RenewalIds(page), Is.EqualTo(new[] { ids[1], ids[4] }));
        Assert.That((int?)page["pagination"]!["total"], Is.EqualTo(2));
    }

    [Test]
    public async Task List_FilteredByMentorIdAndProcessedBy_CombinesTheFilters()
    {
        var ids = await SeedAsync();

        var page = await ListRenewalsAsync("mentor_id=mentor-b&processed_by=admin-2&sort=-renewal_date");

        Assert.That(RenewalIds(page), Is.EqualTo(new[] { ids[4], ids[1] }));
    }

    [Test]
    public async Task List_FilteredByAnUnknownMentor_ReturnsAnEmptyPage()
    {
        await SeedAsync();

        var page = await ListRenewalsAsync("mentor_id=mentor-zzz");

        Assert.That(page.ToJsonString(), Is.EqualTo("""{"data":[],"pagination":{"page":1,"limit":20,"total":0,"next_cursor":null}}"""));
    }

    [Test]
    public async Task List_WithLimitOf100_ReturnsUpTo100()
    {
        await CreateAsync("mentor-a");
        for (var i = 0; i < 21; i++)
        {
            await RecordAsync("mentor-a", Late, $"{2028 + i}-01-01T00:00:00Z");
        }

        var defaultPage = await ListRenewalsAsync();
        var widePage = await ListRenewalsAsync("limit=100");

        Assert.That(RenewalIds(defaultPage), Has.Length.EqualTo(20));
        Assert.That(RenewalIds(widePage), Has.Length.EqualTo(21));
        Assert.That(widePage["pagination"]!.ToJsonString(), Is.EqualTo("""{"page":1,"limit":100,"total":21,"next_cursor":null}"""));
    }

    [TestCase("page=0", "page")]
    [TestCase("page=-1", "page")]
    [TestCase("page=abc", "page")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("limit=1.5", "limit")]
    [TestCase("sort=bogus", "sort")]
    [TestCase("sort=Renewal_Date", "sort")]
    [TestCase("sort=-renewal_id", "sort")]
    [TestCase("sort=mentor_id", "sort")]
    [TestCase("mentor_id=-bad", "mentor_id")]
    [TestCase("processed_by=a%20b", "processed_by")]
    [TestCase("renewal_id=renewal-0001", "renewal_id")]
    [TestCase("is_expired=true", "is_expired")]
    [TestCase("Mentor_Id=mentor-a", "Mentor_Id")]
    [TestCase("mentor_id=mentor-a&mentor_id=mentor-b", "mentor_id")]
    [TestCase("page=1&page=1", "page")]
    [TestCase("mentor_id=", "mentor_id")]
    [TestCase("processed_by=", "processed_by")]
    [TestCase("sort=", "sort")]
    [TestCase("limit=", "limit")]
    public async Task List_WithABadQueryParameter_Returns400NamingIt(string query, string parameter)
    {
        using var response = await GetAsync($"{Routes.Renewals}?{query}");

        await AssertValidationProblemAsync(response, parameter);
    }

    /// <summary>Five renewals over three mentors and two processors, with ties on renewal_date; returns their ids in creation order.</summary>
    private async Task<string[]> SeedAsync()
    {
        await CreateAsync("mentor-a");
        await CreateAsync("mentor-b");
        await CreateAsync("mentor-c");
        RenewalResource[] renewals =
        [
            await RecordAsync(new RenewalBuilder("mentor-a").RenewedAt(Late).ExpiringAt("2028-01-01T00:00:00Z").ProcessedBy("admin-1")),
            await RecordAsync(new RenewalBuilder("mentor-b").RenewedAt(Early).ExpiringAt("2028-01-01T00:00:00Z").ProcessedBy("admin-2")),
            await RecordAsync(new RenewalBuilder("mentor-a").RenewedAt(Late).ExpiringAt("2029-01-01T00:00:00Z").ProcessedBy("admin-1")),
            await RecordAsync(new RenewalBuilder("mentor-c").RenewedAt(Early).ExpiringAt("2028-01-01T00:00:00Z").ProcessedBy("admin-1")),
            await RecordAsync(new RenewalBuilder("mentor-b").RenewedAt(Late).ExpiringAt("2029-01-01T00:00:00Z").ProcessedBy("admin-2")),
        ];
        var ids = renewals.Select(renewal => renewal.RenewalId).ToArray();
        Assert.That(ids.Select(NumberOf), Is.Ordered.Ascending.And.Unique);
        return ids;
    }
}
