using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §1: every route answers at its canonical path and at the contract's literal alias, with the same handlers.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RoutesTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase(Routes.Statuses, Routes.AliasStatuses)]
    [TestCase(Routes.AliasStatuses, Routes.Statuses)]
    public async Task Create_AtOnePath_IsReadableAtTheOther(string createRoot, string readRoot)
    {
        using var created = await PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"), createRoot);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var read = await GetStatusAsync("mentor-001", readRoot);

        Assert.That(read.Body.ToJsonString(), Is.EqualTo((await ReadObjectAsync(created)).ToJsonString()));
    }

    [TestCase(Routes.Statuses)]
    [TestCase(Routes.AliasStatuses)]
    public async Task Create_AtEitherPath_AnswersWithTheCanonicalLocation(string createRoot)
    {
        using var created = await PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-042"), createRoot);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location?.AbsolutePath, Is.EqualTo("/api/v1/certification-statuses/mentor-042"));
    }

    [Test]
    public async Task List_AtAlias_ReturnsWhatTheCanonicalPathReturns()
    {
        await CreateAsync("mentor-001");
        await CreateAsync("mentor-002");

        var canonical = await ListAsync("limit=1&page=2");
        var alias = await ListAsync("limit=1&page=2", Routes.AliasStatuses);

        Assert.That(MentorIds(canonical), Is.EqualTo(new[] { "mentor-002" }));
        Assert.That(alias.ToJsonString(), Is.EqualTo(canonical.ToJsonString()));
    }

    [Test]
    public async Task Get_AtAlias_ReturnsTheETagOfTheCanonicalPath()
    {
        var created = await CreateAsync("mentor-001");

        var alias = await GetStatusAsync("mentor-001", Routes.AliasStatuses);

        Assert.That(alias.ETag, Is.Not.Null.And.EqualTo(created.ETag));
    }

    [TestCase(Routes.Statuses)]
    [TestCase(Routes.AliasStatuses)]
    public async Task Get_UnknownMentor_AtEitherPath_Returns404NamingTheMentor(string root)
    {
        using var response = await GetAsync(Routes.Status("mentor-404", root));

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain("mentor-404"));
    }

    [Test]
    public async Task Update_AtAlias_ChangesWhatTheCanonicalPathReturns()
    {
        await CreateAsync("mentor-001");

        using var updated = await PutAsync(Routes.Status("mentor-001", Routes.AliasStatuses), ExpiryChange("2028-06-01T00:00:00Z"));

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var read = await GetStatusAsync("mentor-001");
        Assert.That((string?)read.Body["expiry_date"], Is.EqualTo("2028-06-01T00:00:00Z"));
    }

    [Test]
    public async Task Update_AtAlias_HonoursIfMatch()
    {
        var created = await CreateAsync("mentor-001");
        await CreateAsync("mentor-002");
        var otherETag = (await GetStatusAsync("mentor-002")).ETag!;

        using var refused = await PutAsync(Routes.Status("mentor-001", Routes.AliasStatuses), ExpiryChange("2028-06-01T00:00:00Z"), otherETag);
        using var accepted = await PutAsync(Routes.Status("mentor-001", Routes.AliasStatuses), ExpiryChange("2028-06-01T00:00:00Z"), created.ETag);

        await AssertProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Delete_AtAlias_RemovesWhatTheCanonicalPathReturned()
    {
        await CreateAsync("mentor-001");

        using var deleted = await DeleteAsync(Routes.Status("mentor-001", Routes.AliasStatuses));
        using var read = await GetAsync(Routes.Status("mentor-001"));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadObjectAsync(deleted)).ToJsonString(), Is.EqualTo("""{"deleted":true,"mentor_id":"mentor-001"}"""));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_AtCanonicalPath_RemovesWhatTheAliasReturned()
    {
        await CreateAsync("mentor-001");

        using var deleted = await DeleteAsync(Routes.Status("mentor-001"));
        using var read = await GetAsync(Routes.Status("mentor-001", Routes.AliasStatuses));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OpenApiDocument_ListsTheCanonicalPathsOnly()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var paths = (await ReadObjectAsync(response))["paths"]!.AsObject().Select(path => path.Key).ToList();

        Assert.That(paths, Does.Contain("/api/v1/certification-statuses").And.Contain("/api/v1/certification-statuses/{mentorId}"));
        Assert.That(paths, Has.None.Contains("/api/v1/certification-statuses/api/v1/"));
    }

    [Test]
    public async Task OpenApiDocument_DocumentsEveryMethodOfTheCanonicalPaths()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        var paths = (await ReadObjectAsync(response))["paths"]!;

        Assert.That(Methods(paths["/api/v1/certification-statuses"]), Is.EquivalentTo(new[] { "get", "post" }));
        Assert.That(Methods(paths["/api/v1/certification-statuses/{mentorId}"]), Is.EquivalentTo(new[] { "get", "put", "delete" }));
    }

    private static IEnumerable<string> Methods(JsonNode? path) =>
        path?.AsObject().Select(method => method.Key).Where(key => key is "get" or "post" or "put" or "delete" or "patch") ?? [];
}
