using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>POST /api/v1/certification-statuses (SPEC §2 CertificationStatus, §4).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CreateTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Create_ReturnsTheWholeRepresentation_WithLocationAndETag()
    {
        using var response = await PostAsync(new CertificationStatusBuilder()
            .WithMentorId("mentor-099")
            .WithType("peer_mentor_advanced")
            .IssuedAt("2026-03-26T00:00:00Z")
            .ExpiringAt("2028-03-26T00:00:00Z"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/api/v1/certification-statuses/mentor-099"));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        Assert.That((await ReadObjectAsync(response)).ToJsonString(), Is.EqualTo(
            """
            {"mentor_id":"mentor-099","certification_type":"peer_mentor_advanced","issue_date":"2026-03-26T00:00:00Z","expiry_date":"2028-03-26T00:00:00Z","is_expired":false,"days_until_expiry":731,"last_renewal_date":"2026-03-26T00:00:00Z","updated_reason":null,"created_at":"2026-03-26T00:00:00Z","updated_at":"2026-03-26T00:00:00Z"}
            """));
    }

    [Test]
    public async Task Create_ThenGet_ReturnsTheSameRepresentationAndETag()
    {
        var created = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"));

        var read = await GetStatusAsync("mentor-001");

        Assert.That(read.Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
        Assert.That(read.ETag, Is.EqualTo(created.ETag));
    }

    [Test]
    public async Task Create_SetsCreatedAtAndUpdatedAtFromTheClock()
    {
        Clock.Advance(TimeSpan.FromHours(9.5));

        var created = await CreateAsync("mentor-001");

        Assert.That((string?)created.Body["created_at"], Is.EqualTo("2026-03-26T09:30:00Z"));
        Assert.That((string?)created.Body["updated_at"], Is.EqualTo("2026-03-26T09:30:00Z"));
    }

    [Test]
    public async Task Create_WhenMentorIdExists_Returns409AndKeepsTheOriginal()
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").WithType("peer_mentor_standard"));

        using var response = await PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").WithType("peer_mentor_advanced"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That((string?)problem["detail"], Does.Contain("mentor-001"));
        Assert.That((string?)(await GetStatusAsync("mentor-001")).Body["certification_type"], Is.EqualTo("peer_mentor_standard"));
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_MentorIdsDifferingOnlyInCase_AreDifferentMentors()
    {
        await CreateAsync("Mentor-1");
        await CreateAsync("mentor-1");

        Assert.That(await CountStatusesAsync(), Is.EqualTo(2));
        Assert.That((string?)(await GetStatusAsync("Mentor-1")).Body["mentor_id"], Is.EqualTo("Mentor-1"));
    }

    [TestCase("a")]
    [TestCase("0.mentor_A-z")]
    [TestCase("m234567890123456789012345678901234567890123456789012345678901234")]
    public async Task Create_WithValidMentorId_Returns201(string mentorId)
    {
        var created = await CreateAsync(mentorId);

        Assert.That(created.MentorId, Is.EqualTo(mentorId));
    }

    [TestCase("")]
    [TestCase("-leading-dash")]
    [TestCase(".leading-dot")]
    [TestCase("has space")]
    [TestCase("slash/inside")]
    [TestCase("mentör")]
    [TestCase("m2345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Create_WithInvalidMentorId_Returns400NamingMentorId(string mentorId)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().WithMentorId(mentorId));

        await AssertValidationProblemAsync(response, "mentor_id");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithEmptyObject_Returns400NamingEveryRequiredField()
    {
        using var response = await PostAsync(Routes.Statuses, new System.Text.Json.Nodes.JsonObject());

        await AssertValidationProblemAsync(response, "mentor_id", "certification_type", "issue_date", "expiry_date");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("mentor_id")]
    [TestCase("certification_type")]
    [TestCase("issue_date")]
    [TestCase("expiry_date")]
    public async Task Create_WithoutARequiredField_Returns400NamingIt(string field)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().Without(field));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("mentor_id")]
    [TestCase("certification_type")]
    [TestCase("issue_date")]
    [TestCase("expiry_date")]
    public async Task Create_WithANullRequiredField_Returns400NamingIt(string field)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().With(field, null));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("peer_mentor_expert")]
    [TestCase("Peer_Mentor_Standard")]
    [TestCase("")]
    public async Task Create_WithUnconfiguredType_Returns400ListingTheAllowedTypes(string certificationType)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().WithType(certificationType));

        var errors = await AssertValidationProblemAsync(response, "certification_type");
        var message = (string?)errors["certification_type"]![0];
        Assert.That(message, Does.Contain("peer_mentor_standard").And.Contain("peer_mentor_advanced"));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [TestCase("2026-03-26T00:00:00Z", "2026-03-26T00:00:00Z", TestName = "Create_WithExpiryEqualToIssue_Returns400NamingExpiryDate")]
    [TestCase("2026-03-26T00:00:00Z", "2026-03-25T23:59:59Z", TestName = "Create_WithExpiryBeforeIssue_Returns400NamingExpiryDate")]
    [TestCase("2026-03-26T02:00:00+02:00", "2026-03-26T00:00:00Z", TestName = "Create_WithExpiryEqualToIssueInAnotherOffset_Returns400NamingExpiryDate")]
    public async Task Create_WithExpiryNotAfterIssue_Returns400NamingExpiryDate(string issueDate, string expiryDate)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().IssuedAt(issueDate).ExpiringAt(expiryDate));

        await AssertValidationProblemAsync(response, "expiry_date");
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithExpiryOneTickAfterIssue_Returns201()
    {
        var created = await CreateAsync(new CertificationStatusBuilder().IssuedAt("2026-01-01T00:00:00Z").ExpiringAt("2026-01-01T00:00:00.0000001Z"));

        Assert.That((string?)created.Body["expiry_date"], Is.EqualTo("2026-01-01T00:00:00.0000001Z"));
    }

    [TestCase("1899-12-31T23:59:59Z", "2026-01-01T00:00:00Z", "issue_date")]
    [TestCase("2026-01-01T00:00:00Z", "3000-01-01T00:00:00Z", "expiry_date")]
    [TestCase("1900-01-01T00:30:00+01:00", "2026-01-01T00:00:00Z", "issue_date")]
    [TestCase("2026-01-01T00:00:00Z", "2999-12-31T23:30:00-01:00", "expiry_date")]
    public async Task Create_WithDateOutsideTheSupportedYears_Returns400NamingIt(string issueDate, string expiryDate, string field)
    {
        using var response = await PostAsync(new CertificationStatusBuilder().IssuedAt(issueDate).ExpiringAt(expiryDate));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithDatesAtTheEdgesOfTheSupportedYears_Returns201()
    {
        var created = await CreateAsync(new CertificationStatusBuilder().IssuedAt("1900-01-01T00:00:00Z").ExpiringAt("2999-12-31T23:59:59.9999999Z"));

        Assert.That((string?)created.Body["issue_date"], Is.EqualTo("1900-01-01T00:00:00Z"));
        Assert.That((string?)created.Body["expiry_date"], Is.EqualTo("2999-12-31T23:59:59.9999999Z"));
    }
}
