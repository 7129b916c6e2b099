using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>DELETE /api/v1/certification-statuses/{mentorId} (SPEC §2, §4).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DeleteTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task Delete_AnswersDeletedWithTheMentorId_AndTheMentorIsGone()
    {
        await CreateAsync("mentor-099");
        await CreateAsync("mentor-100");

        using var response = await DeleteAsync(Routes.Status("mentor-099"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That((await ReadObjectAsync(response)).ToJsonString(), Is.EqualTo("""{"deleted":true,"mentor_id":"mentor-099"}"""));

        using var read = await GetAsync(Routes.Status("mentor-099"));
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
        Assert.That(MentorIds(await ListAsync()), Is.EqualTo(new[] { "mentor-100" }));
    }

    [Test]
    public async Task Delete_Twice_Answers404TheSecondTime()
    {
        await CreateAsync("mentor-001");
        using var first = await DeleteAsync(Routes.Status("mentor-001"));

        using var second = await DeleteAsync(Routes.Status("mentor-001"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await AssertProblemAsync(second, HttpStatusCode.NotFound);
        Assert.That((string?)problem["detail"], Does.Contain("mentor-001"));
    }

    [Test]
    public async Task Delete_ThenCreateTheSameMentor_Returns201()
    {
        await CreateAsync("mentor-001");
        using var deleted = await DeleteAsync(Routes.Status("mentor-001"));

        var recreated = await CreateAsync(new CertificationStatusBuilder().WithMentorId("mentor-001").WithType("peer_mentor_advanced"));

        Assert.That((string?)recreated.Body["certification_type"], Is.EqualTo("peer_mentor_advanced"));
    }

    [Test]
    public async Task Delete_OfUnknownMentor_Returns404AndRemovesNothing()
    {
        await CreateAsync("mentor-001");

        using var response = await DeleteAsync(Routes.Status("Mentor-001"));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_WithIfMatchOfTheCurrentETag_Succeeds()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await DeleteAsync(Routes.Status("mentor-001"), created.ETag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_WithIfMatchStar_Succeeds()
    {
        await CreateAsync("mentor-001");

        using var response = await DeleteAsync(Routes.Status("mentor-001"), "*");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Delete_WithTheETagBeforeAnUpdate_Returns412AndKeepsTheMentor()
    {
        var created = await CreateAsync("mentor-001");
        using var updated = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z"));
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var response = await DeleteAsync(Routes.Status("mentor-001"), created.ETag);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var read = await GetStatusAsync("mentor-001");
        Assert.That((string?)read.Body["expiry_date"], Is.EqualTo("2028-06-01T00:00:00Z"));
        Assert.That(read.ETag, Is.EqualTo(ETagOf(updated)));
    }

    [Test]
    public async Task Delete_WithWeakFormOfTheCurrentETag_Returns412AndKeepsTheMentor()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await DeleteAsync(Routes.Status("mentor-001"), "W/" + created.ETag);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }
}
