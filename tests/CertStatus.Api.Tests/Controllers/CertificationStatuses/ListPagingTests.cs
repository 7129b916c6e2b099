using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §3: page ≥ 1 (default 1), limit 1–100 (default 20), {"data", "pagination": {"page", "limit", "total", "next_cursor"}}.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ListPagingTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task List_OfAnEmptyStore_ReturnsNoDataAndTotalZero()
    {
        var page = await ListAsync();

        Assert.That(page.ToJsonString(), Is.EqualTo("""{"data":[],"pagination":{"page":1,"limit":20,"total":0,"next_cursor":null}}"""));
    }

    [Test]
    public async Task List_WithoutPaging_ReturnsTheFirst20ByMentorId()
    {
        var ids = await CreateManyAsync(25);

        var page = await ListAsync();

        Assert.That(MentorIds(page), Is.EqualTo(ids.Take(20)));
        Assert.That(Pagination(page), Is.EqualTo((1, 20, 25)));
    }

    [Test]
    public async Task List_LastPage_ReturnsTheRemainder()
    {
        var ids = await CreateManyAsync(25);

        var page = await ListAsync("page=2");

        Assert.That(MentorIds(page), Is.EqualTo(ids.Skip(20)));
        Assert.That(Pagination(page), Is.EqualTo((2, 20, 25)));
    }

    [TestCase(3)]
    [TestCase(1000)]
    public async Task List_PagePastTheEnd_ReturnsNoDataWithTheTotal(int pageNumber)
    {
        await CreateManyAsync(25);

        var page = await ListAsync($"page={pageNumber}");

        Assert.That(MentorIds(page), Is.Empty);
        Assert.That(Pagination(page), Is.EqualTo((pageNumber, 20, 25)));
    }

    [Test]
    public async Task List_WithLimit1_WalksTheMentorsOneByOne()
    {
        var ids = await CreateManyAsync(3);

        var pages = new List<string>();
        for (var pageNumber = 1; pageNumber <= 4; pageNumber++)
        {
            var page = await ListAsync($"page={pageNumber}&limit=1");
            Assert.That(Pagination(page), Is.EqualTo((pageNumber, 1, 3)));
            pages.AddRange(MentorIds(page));
        }

        Assert.That(pages, Is.EqualTo(ids));
    }

    [Test]
    public async Task List_WithLimit100_Returns100AndTheNextPageTheRest()
    {
        var ids = await CreateManyAsync(101);

        var first = await ListAsync("limit=100");
        var second = await ListAsync("limit=100&page=2");

        Assert.That(MentorIds(first), Is.EqualTo(ids.Take(100)));
        Assert.That(Pagination(first), Is.EqualTo((1, 100, 101)));
        Assert.That(MentorIds(second), Is.EqualTo(ids.Skip(100)));
        Assert.That(Pagination(second), Is.EqualTo((2, 100, 101)));
    }

    [TestCase("page=0", "page")]
    [TestCase("page=-1", "page")]
    [TestCase("page=abc", "page")]
    [TestCase("page=", "page")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("limit=-5", "limit")]
    [TestCase("limit=1.5", "limit")]
    [TestCase("limit=99999999999", "limit")]
    public async Task List_WithPagingOutOfRange_Returns400NamingTheParameter(string query, string parameter)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        await AssertValidationProblemAsync(response, parameter);
    }

    [Test]
    public async Task List_WithPageAndLimitBothOutOfRange_Returns400NamingBoth()
    {
        using var response = await GetAsync($"{Routes.Statuses}?page=0&limit=101");

        await AssertValidationProblemAsync(response, "page", "limit");
    }

    [Test]
    public async Task List_ReflectsARejectedCreate_ByNotCountingIt()
    {
        await CreateManyAsync(2);
        using var rejected = await PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-000").WithType("unknown"));

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Pagination(await ListAsync()), Is.EqualTo((1, 20, 2)));
    }

    private static (int Page, int Limit, int Total) Pagination(System.Text.Json.Nodes.JsonObject page)
    {
        var pagination = page["pagination"]!;
        return ((int)pagination["page"]!, (int)pagination["limit"]!, (int)pagination["total"]!);
    }

    /// <summary>Creates mentors in shuffled order and returns their ids in mentor_id order.</summary>
    private async Task<string[]> CreateManyAsync(int count)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"mentor-{i:D3}").ToArray();
        foreach (var id in ids.OrderBy(id => id.GetHashCode(StringComparison.Ordinal)))
        {
            await CreateAsync(id);
        }

        return ids;
    }
}
