using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>POST /api/v1/certification-renewals: a renewal record that moves its certification's expiry (SPEC §2, §4).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RecordRenewalTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [Test]
    public async Task Record_Returns201WithTheWholeRepresentation_LocationAndETag()
    {
        using var response = await PostAsync(new RenewalBuilder(MentorId).RenewedAt("2026-03-20T00:00:00Z").WithNotes("annual review passed"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await ReadObjectAsync(response);
        var renewalId = (string)body["renewal_id"]!;
        Assert.That(renewalId, Does.Match(@"^renewal-\d{4,}$"));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/v1/certification-renewals/{renewalId}"));
        Assert.That(ETagOf(response), Does.Match("^\"[^\"]+\"$"));
        Assert.That(body.ToJsonString(), Is.EqualTo(
            $$"""
            {"renewal_id":"{{renewalId}}","mentor_id":"mentor-001","renewal_date":"2026-03-20T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","previous_expiry_date":"2027-03-26T00:00:00Z","processed_by":"admin-001","notes":"annual review passed","created_at":"2026-03-26T00:00:00Z","updated_at":null}
            """));
    }

    [Test]
    public async Task Record_IsStored_AndGetAtTheLocationReturnsTheSameBodyAndETag()
    {
        using var response = await PostAsync(new RenewalBuilder(MentorId));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        using var read = await Client.GetAsync(response.Headers.Location);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadObjectAsync(read)).ToJsonString(), Is.EqualTo((await ReadObjectAsync(response)).ToJsonString()));
        Assert.That(ETagOf(read), Is.Not.Null.And.EqualTo(ETagOf(response)));
    }

    [Test]
    public async Task Record_MovesTheExpiryAndLastRenewalDateOfTheCertification()
    {
        var before = await GetStatusAsync(MentorId);
        Clock.Advance(TimeSpan.FromHours(5));

        await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2028-03-26T00:00:00Z");

        var after = await GetStatusAsync(MentorId);
        Assert.That((string?)after.Body["expiry_date"], Is.EqualTo("2028-03-26T00:00:00Z"));
        Assert.That((string?)after.Body["last_renewal_date"], Is.EqualTo("2026-03-20T00:00:00Z"));
        Assert.That((int?)after.Body["days_until_expiry"], Is.EqualTo(730));
        Assert.That((bool?)after.Body["is_expired"], Is.False);
        Assert.That((string?)after.Body["updated_at"], Is.EqualTo("2026-03-26T05:00:00Z"));
        Assert.That(after.ETag, Is.Not.EqualTo(before.ETag), "a renewal changes the certification's stored version");
    }

    [Test]
    public async Task Record_OfALapsedCertification_MakesItCurrentAgain()
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-lapsed").IssuedAt("2024-01-01T00:00:00Z").ExpiringAt("2025-01-01T00:00:00Z"));
        Assert.That((bool?)(await GetStatusAsync("mentor-lapsed")).Body["is_expired"], Is.True);

        await RecordAsync("mentor-lapsed", "2026-03-25T00:00:00Z", "2026-04-05T12:00:00Z");

        var after = await GetStatusAsync("mentor-lapsed");
        Assert.That((bool?)after.Body["is_expired"], Is.False);
        Assert.That((int?)after.Body["days_until_expiry"], Is.EqualTo(10));
    }

    [Test]
    public async Task Record_WithOffsetDates_StoresAndAnswersThemInUtc()
    {
        var renewal = await RecordAsync(MentorId, "2026-03-20T02:30:00+02:30", "2028-03-25T20:00:00-04:00");

        Assert.That(renewal["renewal_date"], Is.EqualTo("2026-03-20T00:00:00Z"));
        Assert.That(renewal["new_expiry_date"], Is.EqualTo("2028-03-26T00:00:00Z"));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo("2028-03-26T00:00:00Z"));
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task Record_WithoutNotes_StoresNullNotes(string? notes)
    {
        var builder = new RenewalBuilder(MentorId);
        var renewal = await RecordAsync(notes is null ? builder.Without("notes") : builder.WithNotes(notes));

        Assert.That(renewal.Body["notes"], Is.Null);
        Assert.That((await GetRenewalAsync(renewal.RenewalId)).Body["notes"], Is.Null);
    }

    [Test]
    public async Task Record_WithNotesOf2000Characters_StoresThemWhole()
    {
        var notes = new string('n', 2000);

        var renewal = await RecordAsync(new RenewalBuilder(MentorId).WithNotes(notes));

        Assert.That((await GetRenewalAsync(renewal.RenewalId))["notes"], Is.EqualTo(notes));
    }

    [Test]
    public async Task Record_WithRenewalDateEqualToIssueDate_IsAccepted()
    {
        var renewal = await RecordAsync(MentorId, CertificationStatusBuilder.DefaultIssueDate, "2028-03-26T00:00:00Z");

        Assert.That(renewal["renewal_date"], Is.EqualTo(CertificationStatusBuilder.DefaultIssueDate));
    }

    [Test]
    public async Task Record_WithNewExpiryOneSecondAfterTheCurrentExpiry_IsAccepted()
    {
        var renewal = await RecordAsync(MentorId, RenewalBuilder.DefaultRenewalDate, "2027-03-26T00:00:01Z");

        Assert.That(renewal["previous_expiry_date"], Is.EqualTo(CertificationStatusBuilder.DefaultExpiryDate));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo("2027-03-26T00:00:01Z"));
    }

    [Test]
    public async Task Record_ForUnknownMentor_Returns422NamingTheMentorAndRecordsNothing()
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder("mentor-404"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That((string?)problem["detail"], Does.Contain("mentor-404"));
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_ForMentorIdDifferingOnlyInCase_Returns422()
    {
        using var response = await PostAsync(new RenewalBuilder("Mentor-001"));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [TestCase("mentor_id")]
    [TestCase("renewal_date")]
    [TestCase("new_expiry_date")]
    [TestCase("processed_by")]
    public async Task Record_WithoutARequiredField_Returns400NamingItAndRecordsNothing(string field)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).Without(field));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("mentor_id")]
    [TestCase("renewal_date")]
    [TestCase("new_expiry_date")]
    [TestCase("processed_by")]
    public async Task Record_WithARequiredFieldNull_Returns400NamingIt(string field)
    {
        using var response = await PostAsync(new RenewalBuilder(MentorId).With(field, null));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Record_WithEmptyObject_Returns400NamingEveryRequiredField()
    {
        using var response = await PostAsync(Routes.Renewals, new JsonObject());

        await AssertValidationProblemAsync(response, "mentor_id", "renewal_date", "new_expiry_date", "processed_by");
    }

    [TestCase("mentor_id", "-mentor")]
    [TestCase("mentor_id", "mentor 001")]
    [TestCase("mentor_id", "")]
    [TestCase("mentor_id", "mentor-001\n")]
    [TestCase("processed_by", "admin@example.org")]
    [TestCase("processed_by", "")]
    [TestCase("processed_by", ".admin")]
    public async Task Record_WithMalformedIdentifier_Returns400NamingIt(string field, string value)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).With(field, value));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithProcessedByOf65Characters_Returns400NamingProcessedBy()
    {
        using var response = await PostAsync(new RenewalBuilder(MentorId).ProcessedBy(new string('a', 65)));

        await AssertValidationProblemAsync(response, "processed_by");
    }

    [Test]
    public async Task Record_WithProcessedByOf64Characters_IsAccepted()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId).ProcessedBy(new string('a', 64)));

        Assert.That(renewal["processed_by"], Is.EqualTo(new string('a', 64)));
    }

    [Test]
    public async Task Record_WithNotesOf2001Characters_Returns400NamingNotesAndRecordsNothing()
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).WithNotes(new string('n', 2001)));

        await AssertValidationProblemAsync(response, "notes");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("2025-03-25T23:59:59Z", TestName = "Record_WithRenewalDateOneSecondBeforeIssue_Returns400NamingRenewalDate")]
    [TestCase("2020-01-01T00:00:00Z", TestName = "Record_WithRenewalDateYearsBeforeIssue_Returns400NamingRenewalDate")]
    public async Task Record_WithRenewalDateBeforeIssue_Returns400NamingRenewalDate(string renewalDate)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).RenewedAt(renewalDate));

        await AssertValidationProblemAsync(response, "renewal_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("2027-03-26T00:00:00Z", TestName = "Record_WithNewExpiryEqualToTheCurrentExpiry_Returns400NamingNewExpiryDate")]
    [TestCase("2026-12-31T00:00:00Z", TestName = "Record_WithNewExpiryBeforeTheCurrentExpiry_Returns400NamingNewExpiryDate")]
    [TestCase("2026-03-26T00:00:00Z", TestName = "Record_WithNewExpiryEqualToRenewalDate_Returns400NamingNewExpiryDate")]
    [TestCase("2026-03-25T23:59:59Z", TestName = "Record_WithNewExpiryBeforeRenewalDate_Returns400NamingNewExpiryDate")]
    [TestCase("3000-01-01T00:00:00Z", TestName = "Record_WithNewExpiryAfterTheSupportedYears_Returns400NamingNewExpiryDate")]
    public async Task Record_WithUnacceptableNewExpiry_Returns400NamingNewExpiryDate(string newExpiryDate)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).ExpiringAt(newExpiryDate));

        await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithNewExpiryAfterRenewalDateOfALaterRenewal_Returns400WhenItDoesNotExtendTheCurrentExpiry()
    {
        // Each renewal must extend the expiry the previous one set, not only the original one.
        await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2029-01-01T00:00:00Z");
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).RenewedAt("2026-03-20T00:00:00Z").ExpiringAt("2028-12-31T00:00:00Z"));

        await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("renewal_date", "2026-03-20", TestName = "Record_WithRenewalDateWithoutTime_Returns400NamingRenewalDate")]
    [TestCase("renewal_date", "2026-03-20T00:00:00", TestName = "Record_WithRenewalDateWithoutOffset_Returns400NamingRenewalDate")]
    [TestCase("renewal_date", "1899-12-31T23:59:59Z", TestName = "Record_WithRenewalDateBeforeTheSupportedYears_Returns400NamingRenewalDate")]
    [TestCase("renewal_date", "yesterday", TestName = "Record_WithUnparseableRenewalDate_Returns400NamingRenewalDate")]
    [TestCase("new_expiry_date", "2028-03-26", TestName = "Record_WithNewExpiryWithoutTime_Returns400NamingNewExpiryDate")]
    [TestCase("new_expiry_date", "2028-02-30T00:00:00Z", TestName = "Record_WithNewExpiryOnANonExistentDay_Returns400NamingNewExpiryDate")]
    public async Task Record_WithMalformedDate_Returns400NamingTheField(string field, string value)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).With(field, value));

        await AssertValidationProblemAsync(response, field);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithDateAsANumber_Returns400NamingTheField()
    {
        using var response = await PostAsync(new RenewalBuilder(MentorId).With("renewal_date", 20260320));

        await AssertValidationProblemAsync(response, "renewal_date");
    }

    [TestCase("renewal_id", "renewal-9999")]
    [TestCase("previous_expiry_date", "2020-01-01T00:00:00Z")]
    [TestCase("created_at", "2020-01-01T00:00:00Z")]
    [TestCase("updated_at", "2020-01-01T00:00:00Z")]
    [TestCase("expiry_date", "2029-01-01T00:00:00Z")]
    [TestCase("Mentor_Id", "mentor-001")]
    public async Task Record_WithAFieldTheRequestDoesNotHave_Returns400NamingItAndRecordsNothing(string member, string value)
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await PostAsync(new RenewalBuilder(MentorId).With(member, value));

        await AssertValidationProblemAsync(response, member);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("{\"mentor_id\":")]
    [TestCase("[]")]
    [TestCase("null")]
    public async Task Record_WithBodyThatIsNotAJsonObject_Returns400(string body)
    {
        using var response = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), Json(body));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Record_WithADuplicateMember_Returns400AndRecordsNothing()
    {
        var body = new RenewalBuilder(MentorId).Build().ToJsonString()[..^1] + ",\"mentor_id\":\"mentor-001\"}";

        using var response = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), Json(body));

        await AssertValidationProblemAsync(response, "mentor_id");
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }
}
