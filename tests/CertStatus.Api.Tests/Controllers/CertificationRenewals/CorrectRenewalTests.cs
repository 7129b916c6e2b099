using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>
/// PUT /api/v1/certification-renewals/{renewalId}: new_expiry_date and/or notes; correcting the latest
/// renewal moves the certification's expiry, an older one only its record; guarded by If-Match (SPEC §2, §4).
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CorrectRenewalTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [Test]
    public async Task Correct_ReturnsTheWholeRepresentation_WithUpdatedAtSetAndANewETag()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId).RenewedAt("2026-03-20T00:00:00Z").WithNotes("first"));
        Assert.That(renewal.Body["updated_at"], Is.Null, "updated_at is null until the first PUT");
        Clock.Advance(TimeSpan.FromHours(2));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2028-06-01T00:00:00Z", "corrected"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadObjectAsync(response)).ToJsonString(), Is.EqualTo(
            $$"""
            {"renewal_id":"{{renewal.RenewalId}}","mentor_id":"mentor-001","renewal_date":"2026-03-20T00:00:00Z","new_expiry_date":"2028-06-01T00:00:00Z","previous_expiry_date":"2027-03-26T00:00:00Z","processed_by":"admin-001","notes":"corrected","created_at":"2026-03-26T00:00:00Z","updated_at":"2026-03-26T02:00:00Z"}
            """));
        Assert.That(ETagOf(response), Is.Not.Null.And.Not.EqualTo(renewal.ETag));
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read.Body.ToJsonString(), Is.EqualTo((await ReadObjectAsync(response)).ToJsonString()));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(response)));
    }

    [Test]
    public async Task Correct_ExpiryOfTheLatestRenewal_MovesTheCertificationExpiry()
    {
        await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");

        using var response = await PutAsync(Routes.Renewal(latest.RenewalId), Correction("2028-06-01T00:00:00Z"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2028-06-01T00:00:00Z | 2026-03-20T00:00:00Z | 798"));
    }

    [Test]
    public async Task Correct_ExpiryOfAnOlderRenewal_ChangesOnlyThatRecord()
    {
        var older = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        var latest = await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        var statusBefore = await GetStatusAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(older.RenewalId), Correction("2028-02-01T00:00:00Z"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetRenewalAsync(older.RenewalId))["new_expiry_date"], Is.EqualTo("2028-02-01T00:00:00Z"));
        var statusAfter = await GetStatusAsync(MentorId);
        Assert.That(statusAfter.Body.ToJsonString(), Is.EqualTo(statusBefore.Body.ToJsonString()));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo("2029-01-01T00:00:00Z | 2026-03-20T00:00:00Z | 1012"));
        var latestAfter = await GetRenewalAsync(latest.RenewalId);
        Assert.That(latestAfter.Body.ToJsonString(), Is.EqualTo(latest.Body.ToJsonString()));
        Assert.That(latestAfter.ETag, Is.EqualTo(latest.ETag));
    }

    [Test]
    public async Task Correct_NotesOnly_KeepsEveryDate()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId).WithNotes("before"));
        var datesBefore = await DatesOfAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: "after"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read["notes"], Is.EqualTo("after"));
        Assert.That(read["new_expiry_date"], Is.EqualTo(renewal["new_expiry_date"]));
        Assert.That(await DatesOfAsync(MentorId), Is.EqualTo(datesBefore));
    }

    [Test]
    public async Task Correct_WithEmptyNotes_ClearsTheNotes()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId).WithNotes("to be cleared"));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: string.Empty));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetRenewalAsync(renewal.RenewalId)).Body["notes"], Is.Null);
    }

    [Test]
    public async Task Correct_ExpiryOnly_KeepsTheNotes()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId).WithNotes("kept"));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2029-01-01T00:00:00Z"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetRenewalAsync(renewal.RenewalId))["notes"], Is.EqualTo("kept"));
    }

    [Test]
    public async Task Correct_ToOneSecondAfterThePreviousExpiry_IsAccepted()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2027-03-26T00:00:01Z"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)(await GetStatusAsync(MentorId)).Body["expiry_date"], Is.EqualTo("2027-03-26T00:00:01Z"));
    }

    [TestCase("2027-03-26T00:00:00Z", TestName = "Correct_ToThePreviousExpiry_Returns400NamingNewExpiryDateAndChangesNothing")]
    [TestCase("2027-01-01T00:00:00Z", TestName = "Correct_ToBeforeThePreviousExpiry_Returns400NamingNewExpiryDateAndChangesNothing")]
    [TestCase("2026-03-26T00:00:00Z", TestName = "Correct_ToTheRenewalDate_Returns400NamingNewExpiryDateAndChangesNothing")]
    [TestCase("3000-01-01T00:00:00Z", TestName = "Correct_ToAfterTheSupportedYears_Returns400NamingNewExpiryDateAndChangesNothing")]
    [TestCase("2029-01-01", TestName = "Correct_ToADateWithoutTime_Returns400NamingNewExpiryDateAndChangesNothing")]
    [TestCase("2029-01-01T00:00:00", TestName = "Correct_ToADateTimeWithoutOffset_Returns400NamingNewExpiryDateAndChangesNothing")]
    public async Task Correct_ToAnUnacceptableExpiry_Returns400NamingNewExpiryDateAndChangesNothing(string newExpiryDate)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(newExpiryDate, "with notes too"));

        await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_AnOlderRenewalToNotExtendItsOwnPreviousExpiry_Returns400()
    {
        // The rule compares with the expiry the corrected renewal replaced, not with today's expiry.
        var older = await RecordAsync(MentorId, "2026-03-01T00:00:00Z", "2028-01-01T00:00:00Z");
        await RecordAsync(MentorId, "2026-03-20T00:00:00Z", "2029-01-01T00:00:00Z");
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(older.RenewalId), Correction("2027-03-26T00:00:00Z"));

        await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_WithNotesOf2001Characters_Returns400NamingNotesAndChangesNothing()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: new string('n', 2001)));

        await AssertValidationProblemAsync(response, "notes");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_WithEmptyObject_Returns400AndChangesNothing()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), new JsonObject());

        var errors = await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(errors.ToJsonString(), Does.Contain("notes"), "the message names both fields the caller may give");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_WithBothFieldsNull_Returns400AndChangesNothing()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), new JsonObject { ["new_expiry_date"] = null, ["notes"] = null });

        await AssertValidationProblemAsync(response, "new_expiry_date");
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase("renewal_date", "2026-03-21T00:00:00Z")]
    [TestCase("mentor_id", "mentor-002")]
    [TestCase("processed_by", "admin-002")]
    [TestCase("previous_expiry_date", "2020-01-01T00:00:00Z")]
    [TestCase("renewal_id", "renewal-9999")]
    public async Task Correct_WithAFieldThatCannotBeCorrected_Returns400NamingItAndChangesNothing(string member, string value)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);
        var body = Correction(notes: "x");
        body[member] = value;

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), body);

        await AssertValidationProblemAsync(response, member);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [TestCase(null)]
    [TestCase("*")]
    public async Task Correct_OfUnknownRenewal_Returns404NamingIt(string? ifMatch)
    {
        await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal("renewal-9999"), Correction(notes: "x"), ifMatch);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain("renewal-9999"));
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_WithIfMatchOfTheCurrentETag_Succeeds()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: "x"), renewal.ETag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Correct_WithIfMatchListingTheCurrentETagAmongOthers_Succeeds()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: "x"), $"\"0123\", {renewal.ETag}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Correct_WithIfMatchStar_Succeeds()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2029-01-01T00:00:00Z"), "*");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetRenewalAsync(renewal.RenewalId))["new_expiry_date"], Is.EqualTo("2029-01-01T00:00:00Z"));
    }

    [Test]
    public async Task Correct_WithTheETagBeforeAnotherCorrection_Returns412AndKeepsTheOtherCorrection()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        using var first = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2029-01-01T00:00:00Z", "first"), renewal.ETag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var before = await SnapshotAsync(MentorId);

        using var second = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2030-01-01T00:00:00Z", "second"), renewal.ETag);

        await AssertProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read["notes"], Is.EqualTo("first"));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(first)));
    }

    [TestCase("\"00000000000000000000000000000000\"", TestName = "Correct_WithIfMatchOfAnotherETag_Returns412AndChangesNothing")]
    [TestCase("not-an-etag", TestName = "Correct_WithUnparseableIfMatch_Returns412AndChangesNothing")]
    [TestCase("W/", TestName = "Correct_WithWeakFormOfTheCurrentETag_Returns412AndChangesNothing")]
    [TestCase("status", TestName = "Correct_WithTheETagOfTheCertificationStatus_Returns412AndChangesNothing")]
    public async Task Correct_WithIfMatchNotNamingTheCurrentVersion_Returns412AndChangesNothing(string ifMatch)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);
        var header = ifMatch switch
        {
            "W/" => "W/" + renewal.ETag,
            "status" => (await GetStatusAsync(MentorId)).ETag,
            _ => ifMatch,
        };

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction("2029-01-01T00:00:00Z"), header);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Correct_Twice_MovesUpdatedAtEachTime()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        Clock.Advance(TimeSpan.FromDays(1));
        using var first = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: "one"));
        Clock.Advance(TimeSpan.FromDays(1));

        using var second = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: "two"));

        Assert.That((string?)(await ReadObjectAsync(first))["updated_at"], Is.EqualTo("2026-03-27T00:00:00Z"));
        var read = await GetRenewalAsync(renewal.RenewalId);
        Assert.That(read["updated_at"], Is.EqualTo("2026-03-28T00:00:00Z"));
        Assert.That(read["created_at"], Is.EqualTo("2026-03-26T00:00:00Z"));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(second)).And.Not.EqualTo(ETagOf(first)));
    }
}
