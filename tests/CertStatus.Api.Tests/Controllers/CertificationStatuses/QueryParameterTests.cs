using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §3: a query parameter a route does not take, or one given twice, is a 400 naming it — never silently ignored.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class QueryParameterTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [TestCase("pgae=2", "pgae")]
    [TestCase("certificationType=peer_mentor_standard", "certificationType")]
    [TestCase("mentor_id=mentor-001", "mentor_id")]
    [TestCase("Page=2", "Page")]
    [TestCase("expired=true", "expired")]
    public async Task List_WithUnknownParameter_Returns400NamingIt(string query, string parameter)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        var errors = await AssertValidationProblemAsync(response, parameter);
        Assert.That((string?)errors[parameter]![0], Does.Contain("certification_type"), "the message lists what is allowed");
    }

    [TestCase("page=1&page=2", "page")]
    [TestCase("limit=5&limit=5", "limit")]
    [TestCase("sort=mentor_id&sort=expiry_date", "sort")]
    [TestCase("certification_type=peer_mentor_standard&certification_type=peer_mentor_advanced", "certification_type")]
    [TestCase("is_expired=true&is_expired=false", "is_expired")]
    [TestCase("expiring_within_days=1&expiring_within_days=2", "expiring_within_days")]
    public async Task List_WithRepeatedParameter_Returns400NamingIt(string query, string parameter)
    {
        using var response = await GetAsync($"{Routes.Statuses}?{query}");

        await AssertValidationProblemAsync(response, parameter);
    }

    [Test]
    public async Task List_WithUnknownAndRepeatedParameters_Returns400NamingEach()
    {
        using var response = await GetAsync($"{Routes.Statuses}?foo=1&page=1&page=2&bar=");

        await AssertValidationProblemAsync(response, "foo", "bar", "page");
    }

    [Test]
    public async Task List_AtAlias_WithUnknownParameter_Returns400()
    {
        using var response = await GetAsync($"{Routes.AliasStatuses}?pgae=2");

        await AssertValidationProblemAsync(response, "pgae");
    }

    [Test]
    public async Task Get_WithAnyParameter_Returns400NamingIt()
    {
        await CreateAsync("mentor-001");

        using var response = await GetAsync($"{Routes.Status("mentor-001")}?fields=mentor_id");

        await AssertValidationProblemAsync(response, "fields");
    }

    [Test]
    public async Task Create_WithAnyParameter_Returns400AndCreatesNothing()
    {
        using var response = await PostAsync(new CertificationStatusBuilder(), $"{Routes.Statuses}?dry_run=true");

        await AssertValidationProblemAsync(response, "dry_run");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Update_WithAnyParameter_Returns400AndChangesNothing()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync($"{Routes.Status("mentor-001")}?force=true", ExpiryChange("2028-06-01T00:00:00Z"));

        await AssertValidationProblemAsync(response, "force");
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [Test]
    public async Task Delete_WithAnyParameter_Returns400AndRemovesNothing()
    {
        await CreateAsync("mentor-001");

        using var response = await DeleteAsync($"{Routes.Status("mentor-001")}?cascade=true");

        await AssertValidationProblemAsync(response, "cascade");
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task List_WithEveryParameterOnce_Returns200()
    {
        await CreateExpiringAtAsync("mentor-001", PinnedNow.AddDays(3));

        using var response = await GetAsync(
            $"{Routes.Statuses}?page=1&limit=5&certification_type=peer_mentor_standard&is_expired=false&expiring_within_days=7&sort=-expiry_date");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(MentorIds(await ReadObjectAsync(response)), Is.EqualTo(new[] { "mentor-001" }));
    }
}
