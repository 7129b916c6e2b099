using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>SPEC §1 routes 6–10: every renewal route answers at its canonical path and at the contract's literal alias.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalRoutesTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [TestCase(Routes.Renewals, Routes.AliasRenewals)]
    [TestCase(Routes.AliasRenewals, Routes.Renewals)]
    public async Task Record_AtOnePath_IsReadableAtTheOther(string createRoot, string readRoot)
    {
        using var created = await PostAsync(new RenewalBuilder(MentorId), createRoot);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await ReadObjectAsync(created);

        var read = await GetRenewalAsync((string)body["renewal_id"]!, readRoot);

        Assert.That(read.Body.ToJsonString(), Is.EqualTo(body.ToJsonString()));
        Assert.That(read.ETag, Is.Not.Null.And.EqualTo(ETagOf(created)));
    }

    [TestCase(Routes.Renewals)]
    [TestCase(Routes.AliasRenewals)]
    public async Task Record_AtEitherPath_AnswersWithTheCanonicalLocationAndMovesTheExpiry(string createRoot)
    {
        using var created = await PostAsync(new RenewalBuilder(MentorId), createRoot);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var renewalId = (string)(await ReadObjectAsync(created))["renewal_id"]!;
        Assert.That(created.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/v1/certification-renewals/{renewalId}"));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo(RenewalBuilder.DefaultNewExpiryDate));
    }

    [Test]
    public async Task List_AtAlias_ReturnsWhatTheCanonicalPathReturns()
    {
        await CreateAsync("mentor-002");
        await RecordAsync(new RenewalBuilder(MentorId));
        var second = await RecordAsync(new RenewalBuilder("mentor-002"));
        await RecordAsync(new RenewalBuilder(MentorId).ExpiringAt("2029-03-26T00:00:00Z"));

        var canonical = await ListRenewalsAsync("mentor_id=mentor-002&limit=1");
        var alias = await ListRenewalsAsync("mentor_id=mentor-002&limit=1", Routes.AliasRenewals);

        Assert.That(RenewalIds(canonical), Is.EqualTo(new[] { second.RenewalId }));
        Assert.That(alias.ToJsonString(), Is.EqualTo(canonical.ToJsonString()));
    }

    [Test]
    public async Task List_AtAlias_RejectsUnknownQueryParameters()
    {
        using var response = await GetAsync($"{Routes.AliasRenewals}?mentor=mentor-001");

        await AssertValidationProblemAsync(response, "mentor");
    }

    [TestCase(Routes.Renewals)]
    [TestCase(Routes.AliasRenewals)]
    public async Task Get_UnknownRenewal_AtEitherPath_Returns404NamingIt(string root)
    {
        using var response = await GetAsync(Routes.Renewal("renewal-9999", root));

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain("renewal-9999"));
    }

    [Test]
    public async Task Correct_AtAlias_ChangesWhatTheCanonicalPathReturns()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var corrected = await PutAsync(Routes.Renewal(renewal.RenewalId, Routes.AliasRenewals), Correction("2029-01-01T00:00:00Z", "typo"));

        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read["new_expiry_date"], Is.EqualTo("2029-01-01T00:00:00Z"));
        Assert.That(read["notes"], Is.EqualTo("typo"));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(corrected)));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo("2029-01-01T00:00:00Z"));
    }

    [Test]
    public async Task Correct_AtAlias_HonoursIfMatch()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var path = Routes.Renewal(renewal.RenewalId, Routes.AliasRenewals);

        using var refused = await PutAsync(path, Correction(notes: "refused"), "\"00000000000000000000000000000000\"");
        using var accepted = await PutAsync(path, Correction(notes: "accepted"), renewal.ETag);

        await AssertProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetRenewalAsync(renewal.RenewalId))["notes"], Is.EqualTo("accepted"));
    }

    [Test]
    public async Task Correct_AtAlias_OfUnknownRenewal_Returns404()
    {
        using var response = await PutAsync(Routes.Renewal("renewal-9999", Routes.AliasRenewals), Correction(notes: "x"));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_AtAlias_RemovesWhatTheCanonicalPathReturned()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var deleted = await DeleteAsync(Routes.Renewal(renewal.RenewalId, Routes.AliasRenewals));
        using var read = await GetAsync(Routes.Renewal(renewal.RenewalId));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadObjectAsync(deleted)).ToJsonString(), Is.EqualTo($$"""{"deleted":true,"renewal_id":"{{renewal.RenewalId}}"}"""));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo(CertificationStatusBuilder.DefaultExpiryDate));
    }

    [Test]
    public async Task Delete_AtCanonicalPath_RemovesWhatTheAliasReturned()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var deleted = await DeleteAsync(Routes.Renewal(renewal.RenewalId));
        using var read = await GetAsync(Routes.Renewal(renewal.RenewalId, Routes.AliasRenewals));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_AtAlias_HonoursIfMatch()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var path = Routes.Renewal(renewal.RenewalId, Routes.AliasRenewals);

        using var refused = await DeleteAsync(path, "W/" + renewal.ETag);
        Assert.That(await CountRenewalsAsync(), Is.EqualTo(1));
        using var accepted = await DeleteAsync(path, renewal.ETag);

        await AssertProblemAsync(refused, HttpStatusCode.PreconditionFailed);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_AtAlias_OfUnknownRenewal_Returns404()
    {
        using var response = await DeleteAsync(Routes.Renewal("renewal-9999", Routes.AliasRenewals));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [TestCase("PATCH", Routes.Renewals)]
    [TestCase("DELETE", Routes.Renewals)]
    [TestCase("PUT", Routes.Renewals)]
    [TestCase("POST", Routes.Renewals + "/renewal-0001")]
    public async Task UnsupportedMethod_Returns405AndChangesNothing(string method, string path)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await SendAsync(new HttpMethod(method), path.Replace("renewal-0001", renewal.RenewalId, StringComparison.Ordinal), Json(Correction(notes: "x")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task OpenApiDocument_ListsTheCanonicalRenewalPathsOnly()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var paths = (await ReadObjectAsync(response))["paths"]!.AsObject().Select(path => path.Key).ToList();

        Assert.That(paths, Does.Contain("/api/v1/certification-renewals").And.Contain("/api/v1/certification-renewals/{renewalId}"));
        Assert.That(paths, Has.None.Contains("/api/v1/certification-statuses/api/v1/"));
    }

    [Test]
    public async Task OpenApiDocument_DocumentsEveryMethodOfTheCanonicalRenewalPaths()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        var paths = (await ReadObjectAsync(response))["paths"]!;

        Assert.That(Methods(paths["/api/v1/certification-renewals"]), Is.EquivalentTo(new[] { "get", "post" }));
        Assert.That(Methods(paths["/api/v1/certification-renewals/{renewalId}"]), Is.EquivalentTo(new[] { "get", "put", "delete" }));
    }

    private static IEnumerable<string> Methods(JsonNode? path) =>
        path?.AsObject().Select(method => method.Key).Where(key => key is "get" or "post" or "put" or "delete" or "patch") ?? [];
}
