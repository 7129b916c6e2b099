using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §2: snake_case members, no unknown or computed members in requests, RFC 3339 dates written in UTC.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class JsonContractTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private static readonly string[] RepresentationMembers =
    [
        "mentor_id", "certification_type", "issue_date", "expiry_date", "is_expired", "days_until_expiry",
        "last_renewal_date", "updated_reason", "created_at", "updated_at",
    ];

    [Test]
    public async Task Responses_UseExactlyTheSnakeCaseMembersOfTheContract()
    {
        var created = await CreateAsync("mentor-001");
        var read = await GetStatusAsync("mentor-001");
        var listed = (await ListAsync())["data"]![0]!.AsObject();

        Assert.That(created.Body.Select(member => member.Key), Is.EqualTo(RepresentationMembers));
        Assert.That(read.Body.Select(member => member.Key), Is.EqualTo(RepresentationMembers));
        Assert.That(listed.Select(member => member.Key), Is.SupersetOf(RepresentationMembers[..6]));
        Assert.That(listed.Select(member => member.Key), Is.SubsetOf(RepresentationMembers));
    }

    [TestCase("is_expired", "true")]
    [TestCase("days_until_expiry", "5")]
    [TestCase("last_renewal_date", "\"2026-01-01T00:00:00Z\"")]
    [TestCase("created_at", "\"2026-01-01T00:00:00Z\"")]
    [TestCase("updated_at", "\"2026-01-01T00:00:00Z\"")]
    [TestCase("updated_reason", "\"why\"")]
    [TestCase("nickname", "\"x\"")]
    [TestCase("mentorId", "\"mentor-002\"")]
    public async Task Create_WithAMemberThatIsNotInTheRequest_Returns400KeyedByIt(string member, string json)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().With(member, JsonNode.Parse(json)));

        await AssertValidationProblemAsync(response, member);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("is_expired", "false")]
    [TestCase("mentor_id", "\"mentor-002\"")]
    [TestCase("issue_date", "\"2020-01-01T00:00:00Z\"")]
    [TestCase("days_until_expiry", "1")]
    [TestCase("comment", "\"x\"")]
    public async Task Update_WithAMemberThatIsNotInTheRequest_Returns400KeyedByItAndChangesNothing(string member, string json)
    {
        var created = await CreateAsync("mentor-001");
        var body = ExpiryChange("2028-01-01T00:00:00Z");
        body[member] = JsonNode.Parse(json);

        using var response = await PutAsync(Routes.Status("mentor-001"), body);

        await AssertValidationProblemAsync(response, member);
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [TestCase("MENTOR_ID")]
    [TestCase("Expiry_Date")]
    public async Task Create_WithAMemberInAnotherCase_Returns400KeyedByIt(string member)
    {
        // SPEC §2: member names are snake_case exactly as in the contract.
        var body = new CertificationStatusBuilder().Build();
        var canonical = member.ToLowerInvariant();
        body[member] = body[canonical]!.DeepClone();
        body.Remove(canonical);

        using var response = await PostAsync(Routes.Statuses, body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Does.Contain(member));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithAMemberGivenTwice_Returns400()
    {
        using var response = await Client.PostAsync(
            new Uri(Routes.Statuses, UriKind.Relative),
            Json("""{"mentor_id":"mentor-001","mentor_id":"mentor-002","certification_type":"peer_mentor_standard","issue_date":"2025-03-26T00:00:00Z","expiry_date":"2027-03-26T00:00:00Z"}"""));

        await AssertValidationProblemAsync(response, "mentor_id");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("[]")]
    [TestCase("\"text\"")]
    [TestCase("{\"mentor_id\":")]
    [TestCase("not json")]
    public async Task Create_WithABodyThatIsNotAJsonObject_Returns400(string body)
    {
        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), Json(body));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]?.AsObject(), Is.Not.Empty);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("issue_date", "2025-03-26", TestName = "Create_WithDateOnlyIssueDate_Returns400NamingIt")]
    [TestCase("expiry_date", "2027-03-26", TestName = "Create_WithDateOnlyExpiryDate_Returns400NamingIt")]
    [TestCase("issue_date", "2025-03-26T00:00:00", TestName = "Create_WithIssueDateWithoutOffset_Returns400NamingIt")]
    [TestCase("expiry_date", "2027-03-26T00:00:00", TestName = "Create_WithExpiryDateWithoutOffset_Returns400NamingIt")]
    [TestCase("expiry_date", "2027-03-26T00:00:00.123", TestName = "Create_WithFractionalExpiryDateWithoutOffset_Returns400NamingIt")]
    [TestCase("expiry_date", "2027-03-26 00:00:00Z", TestName = "Create_WithSpaceSeparatedExpiryDate_Returns400NamingIt")]
    [TestCase("expiry_date", "26/03/2027", TestName = "Create_WithLocalFormatExpiryDate_Returns400NamingIt")]
    [TestCase("expiry_date", "2027-02-30T00:00:00Z", TestName = "Create_WithImpossibleExpiryDate_Returns400NamingIt")]
    [TestCase("issue_date", "yesterday", TestName = "Create_WithWordIssueDate_Returns400NamingIt")]
    public async Task Create_WithUnacceptableDate_Returns400NamingTheField(string field, string value)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().With(field, value));

        var errors = await AssertValidationProblemAsync(response, field);
        Assert.That((string?)errors[field]![0], Does.Contain(field));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithNumericDate_Returns400NamingTheField()
    {
        using var response = await PostAsync(new CertificationStatusBuilder().With("issue_date", 1_774_483_200));

        await AssertValidationProblemAsync(response, "issue_date");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("2028-06-01")]
    [TestCase("2028-06-01T00:00:00")]
    public async Task Update_WithExpiryDateWithoutOffset_Returns400NamingItAndChangesNothing(string expiryDate)
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange(expiryDate));

        await AssertValidationProblemAsync(response, "expiry_date");
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [TestCase("2026-03-26T02:00:00+02:00", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-25T22:30:00-01:30", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-26T00:00:00+00:00", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-26t00:00:00z", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-26T00:00:00.1234567Z", "2026-03-26T00:00:00.1234567Z")]
    [TestCase("2026-03-26T00:00:00.5Z", "2026-03-26T00:00:00.5Z")]
    [TestCase("2026-03-26T00:00:00.120Z", "2026-03-26T00:00:00.12Z")]
    [TestCase("2026-03-26T00:00:00.000Z", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-26T00:00:00.0000000Z", "2026-03-26T00:00:00Z")]
    [TestCase("2026-03-26T05:30:00.250+05:30", "2026-03-26T00:00:00.25Z")]
    public async Task Create_WritesDatesInUtcWithFractionOnlyWhenNonZero_AndStoresThemSo(string written, string expected)
    {
        var created = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").IssuedAt(written).ExpiringAt("2030-01-01T00:00:00Z"));

        var read = await GetStatusAsync("mentor-001");
        var listed = (await ListAsync())["data"]![0]!;

        Assert.That((string?)created.Body["issue_date"], Is.EqualTo(expected), "POST response");
        Assert.That((string?)read.Body["issue_date"], Is.EqualTo(expected), "GET after storage");
        Assert.That((string?)read.Body["last_renewal_date"], Is.EqualTo(expected), "last_renewal_date is the issue date");
        Assert.That((string?)listed["issue_date"], Is.EqualTo(expected), "list");
    }

    [TestCase("2028-06-01T02:00:00+02:00", "2028-06-01T00:00:00Z")]
    [TestCase("2028-06-01T00:00:00.9876543Z", "2028-06-01T00:00:00.9876543Z")]
    [TestCase("2028-06-01T00:00:00.000Z", "2028-06-01T00:00:00Z")]
    public async Task Update_WritesTheNewExpiryInUtcWithFractionOnlyWhenNonZero(string written, string expected)
    {
        await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange(written));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)(await ReadObjectAsync(response))["expiry_date"], Is.EqualTo(expected));
        Assert.That((string?)(await GetStatusAsync("mentor-001")).Body["expiry_date"], Is.EqualTo(expected));
    }

    [Test]
    public async Task ServerSetDates_AreWrittenWithTheirFraction()
    {
        Clock.Advance(TimeSpan.FromMilliseconds(1500));

        var created = await CreateAsync("mentor-001");

        Assert.That((string?)created.Body["created_at"], Is.EqualTo("2026-03-26T00:00:01.5Z"));
        Assert.That((string?)(await GetStatusAsync("mentor-001")).Body["updated_at"], Is.EqualTo("2026-03-26T00:00:01.5Z"));
    }
}
