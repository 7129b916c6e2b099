using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>PUT /api/v1/certification-statuses/{mentorId}: a new expiry with its reason, guarded by If-Match (SPEC §2, §4).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class UpdateTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Update_ReturnsTheWholeRepresentation_WithReasonAndMovedUpdatedAt()
    {
        await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-042").WithType("peer_mentor_advanced")
            .IssuedAt("2023-09-01T00:00:00Z").ExpiringAt("2026-03-31T00:00:00Z"));
        Clock.Advance(TimeSpan.FromHours(3));

        using var response = await PutAsync(Routes.Status("mentor-042"), ExpiryChange("2028-06-01T00:00:00Z", "renewal_extension"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadObjectAsync(response)).ToJsonString(), Is.EqualTo(
            """
            {"mentor_id":"mentor-042","certification_type":"peer_mentor_advanced","issue_date":"2023-09-01T00:00:00Z","expiry_date":"2028-06-01T00:00:00Z","is_expired":false,"days_until_expiry":797,"last_renewal_date":"2023-09-01T00:00:00Z","updated_reason":"renewal_extension","created_at":"2026-03-26T00:00:00Z","updated_at":"2026-03-26T03:00:00Z"}
            """));
    }

    [Test]
    public async Task Update_IsStored_AndGetReturnsTheETagThePutAnswered()
    {
        var created = await CreateAsync("mentor-001");
        Clock.Advance(TimeSpan.FromDays(1));

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z", "audit correction"));
        var read = await GetStatusAsync("mentor-001");

        Assert.That(ETagOf(response), Is.Not.Null.And.Not.EqualTo(created.ETag));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(response)));
        Assert.That(read.Body.ToJsonString(), Is.EqualTo((await ReadObjectAsync(response)).ToJsonString()));
        Assert.That((string?)read.Body["updated_reason"], Is.EqualTo("audit correction"));
        Assert.That((string?)read.Body["updated_at"], Is.EqualTo("2026-03-27T00:00:00Z"));
        Assert.That((string?)read.Body["created_at"], Is.EqualTo("2026-03-26T00:00:00Z"));
    }

    [Test]
    public async Task Update_ToTheSameExpiry_StillChangesTheETag()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange(CertificationStatusBuilder.DefaultExpiryDate, "reason recorded"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ETagOf(response), Is.Not.EqualTo(created.ETag));
    }

    [Test]
    public async Task Update_WithIfMatchOfTheCurrentETag_Succeeds()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"), created.ETag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Update_WithIfMatchListingTheCurrentETagAmongOthers_Succeeds()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"), $"\"0123\", {created.ETag}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Update_WithIfMatchStar_Succeeds()
    {
        await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"), "*");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)(await GetStatusAsync("mentor-001")).Body["expiry_date"], Is.EqualTo("2028-06-01T00:00:00Z"));
    }

    [Test]
    public async Task Update_WithTheETagBeforeAnotherUpdate_Returns412AndKeepsTheOtherUpdate()
    {
        var created = await CreateAsync("mentor-001");
        using var first = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-01-01T00:00:00Z", "first"), created.ETag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var second = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2029-01-01T00:00:00Z", "second"), created.ETag);

        await AssertProblemAsync(second, HttpStatusCode.PreconditionFailed);
        var read = await GetStatusAsync("mentor-001");
        Assert.That((string?)read.Body["expiry_date"], Is.EqualTo("2028-01-01T00:00:00Z"));
        Assert.That((string?)read.Body["updated_reason"], Is.EqualTo("first"));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(first)));
    }

    [TestCase("\"00000000000000000000000000000000\"", TestName = "Update_WithIfMatchOfAnotherETag_Returns412AndChangesNothing")]
    [TestCase("not-an-etag", TestName = "Update_WithUnparseableIfMatch_Returns412AndChangesNothing")]
    public async Task Update_WithIfMatchNotNamingTheCurrentVersion_Returns412AndChangesNothing(string ifMatch)
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"), ifMatch);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var read = await GetStatusAsync("mentor-001");
        Assert.That(read.Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
        Assert.That(read.ETag, Is.EqualTo(created.ETag));
    }

    [Test]
    public async Task Update_WithWeakFormOfTheCurrentETag_Returns412()
    {
        // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"), "W/" + created.ETag);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That((await GetStatusAsync("mentor-001")).ETag, Is.EqualTo(created.ETag));
    }

    [TestCase(null)]
    [TestCase("*")]
    public async Task Update_OfUnknownMentor_Returns404(string? ifMatch)
    {
        await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-404"), ExpiryChange("2028-06-01T00:00:00Z"), ifMatch);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain("mentor-404"));
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [TestCase("", TestName = "Update_WithEmptyReason_Returns400NamingUpdatedReason")]
    [TestCase("   ", TestName = "Update_WithBlankReason_Returns400NamingUpdatedReason")]
    [TestCase(null, TestName = "Update_WithNullReason_Returns400NamingUpdatedReason")]
    public async Task Update_WithoutAReason_Returns400NamingUpdatedReason(string? reason)
    {
        var created = await CreateAsync("mentor-001");
        var body = ExpiryChange("2028-06-01T00:00:00Z");
        body["updated_reason"] = reason;

        using var response = await PutAsync(Routes.Status("mentor-001"), body);

        await AssertValidationProblemAsync(response, "updated_reason");
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [Test]
    public async Task Update_WithReasonOf201Characters_Returns400NamingUpdatedReason()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z", new string('r', 201)));

        await AssertValidationProblemAsync(response, "updated_reason");
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [TestCase(1)]
    [TestCase(200)]
    public async Task Update_WithReasonOfAllowedLength_IsStoredWhole(int length)
    {
        await CreateAsync("mentor-001");
        var reason = new string('r', length);

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z", reason));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)(await GetStatusAsync("mentor-001")).Body["updated_reason"], Is.EqualTo(reason));
    }

    [Test]
    public async Task Update_WithoutExpiryDate_Returns400NamingExpiryDate()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), new System.Text.Json.Nodes.JsonObject { ["updated_reason"] = "why" });

        await AssertValidationProblemAsync(response, "expiry_date");
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [Test]
    public async Task Update_WithEmptyObject_Returns400NamingBothFields()
    {
        await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), new System.Text.Json.Nodes.JsonObject());

        await AssertValidationProblemAsync(response, "expiry_date", "updated_reason");
    }

    [TestCase("2025-03-26T00:00:00Z", TestName = "Update_WithExpiryEqualToIssue_Returns400NamingExpiryDate")]
    [TestCase("2024-01-01T00:00:00Z", TestName = "Update_WithExpiryBeforeIssue_Returns400NamingExpiryDate")]
    [TestCase("3000-01-01T00:00:00Z", TestName = "Update_WithExpiryAfterTheSupportedYears_Returns400NamingExpiryDate")]
    public async Task Update_WithUnacceptableExpiry_Returns400NamingExpiryDate(string expiryDate)
    {
        var created = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").IssuedAt("2025-03-26T00:00:00Z"));

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange(expiryDate));

        await AssertValidationProblemAsync(response, "expiry_date");
        var read = await GetStatusAsync("mentor-001");
        Assert.That(read.Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
        Assert.That(read.ETag, Is.EqualTo(created.ETag));
    }

    [Test]
    public async Task Update_ToAnExpiryInThePast_IsAllowedAndReportsExpired()
    {
        await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2026-03-25T00:00:00Z", "revoked"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadObjectAsync(response);
        Assert.That((bool?)body["is_expired"], Is.True);
        Assert.That((int?)body["days_until_expiry"], Is.EqualTo(-1));
    }
}
