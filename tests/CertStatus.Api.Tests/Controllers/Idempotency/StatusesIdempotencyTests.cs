using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.Idempotency;

/// <summary>POST /api/v1/certification-statuses with an Idempotency-Key.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class StatusesIdempotencyTests(DatabaseProvider provider) : IdempotencyFixture(provider)
{
    [Test]
    public async Task Create_RepeatedWithTheSameKeyAndBody_ReplaysStatusBodyLocationAndETag_WithoutWritingAgain()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();
        var first = await PostStatusAsync(status, key);
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created), first.Body);

        // Later, so that running again would show another created_at.
        Clock.Advance(TimeSpan.FromHours(1));
        var repeat = await PostStatusAsync(status, key);

        first.AssertReplayedBy(repeat);
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_WithoutAKey_RunsEveryTime()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        using var first = await PostAsync(status);
        using var repeat = await PostAsync(status);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await AssertProblemAsync(repeat, HttpStatusCode.Conflict);
        Assert.That(repeat.Headers.RetryAfter, Is.Null, "a duplicate mentor is no request in flight");
    }

    [Test]
    public async Task Create_RepeatedJustBeforeTheKeyExpires_Replays()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();
        var first = await PostStatusAsync(status, key);
        using (await DeleteAsync(Routes.Status("mentor-001")))
        {
        }

        Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var repeat = await PostStatusAsync(status, key);

        first.AssertReplayedBy(repeat);
        Assert.That(await CountStatusesAsync(), Is.Zero, "the replay wrote nothing");
    }

    [Test]
    public async Task Create_RepeatedOnceTheKeyExpired_RunsAgain()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();
        var first = await PostStatusAsync(status, key);
        using (await DeleteAsync(Routes.Status("mentor-001")))
        {
        }

        Clock.Advance(TimeSpan.FromHours(24));
        var repeat = await PostStatusAsync(status, key);

        Assert.That(repeat.Status, Is.EqualTo(HttpStatusCode.Created), repeat.Body);
        Assert.That(repeat.Replayed, Is.False);
        Assert.That((string?)repeat.Json["created_at"], Is.EqualTo("2026-03-27T00:00:00Z"));
        Assert.That(repeat.ETag, Is.Not.EqualTo(first.ETag));
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_RepeatedWithTheSameKeyAndAnotherBody_Returns422AndWritesNothing()
    {
        var key = NewKey();
        await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"), key);

        var reuse = await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-002"), key);

        var problem = await reuse.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That((string?)problem["detail"], Does.Contain("Idempotency-Key"));
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
        using var missing = await GetAsync(Routes.Status("mentor-002"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Create_OnTheAliasWithTheCanonicalRoutesKey_SharesIt()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();
        var first = await PostStatusAsync(status, key);

        var alias = await PostStatusAsync(status, key, Routes.AliasStatuses);
        var aliasWithAnotherBody = await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-002"), key, Routes.AliasStatuses);

        first.AssertReplayedBy(alias);
        await aliasWithAnotherBody.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_WhenRejected_ReplaysTheRejectionToTheSameRequest()
    {
        var invalid = new CertificationStatusBuilder().IssuedAt("2026-03-26T00:00:00Z").ExpiringAt("2026-03-25T00:00:00Z");
        var key = NewKey();
        var first = await PostStatusAsync(invalid, key);
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.BadRequest), first.Body);

        var repeat = await PostStatusAsync(invalid, key);

        first.AssertReplayedBy(repeat);
        var problem = await repeat.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]?["expiry_date"], Is.Not.Null, "the replayed 400 still names the field");
    }

    [Test]
    public async Task Create_WhenTheMentorExisted_DoesNotStoreThe409_SoARetryRunsAgain()
    {
        await CreateAsync("mentor-001");
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();
        var conflict = await PostStatusAsync(status, key);
        await conflict.AssertProblemAsync(HttpStatusCode.Conflict);
        using (await DeleteAsync(Routes.Status("mentor-001")))
        {
        }

        var retry = await PostStatusAsync(status, key);

        Assert.That(retry.Status, Is.EqualTo(HttpStatusCode.Created), retry.Body);
        Assert.That(retry.Replayed, Is.False);
    }

    [Test]
    public async Task Create_ManyAtOnceWithOneKey_WritesOnce_OthersReplayOrAreToldToRetry()
    {
        var status = new CertificationStatusBuilder().WithMentorId("mentor-001");
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostStatusAsync(status, key)));

        var created = answers.Where(answer => answer.Status == HttpStatusCode.Created).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Count(answer => !answer.Replayed), Is.EqualTo(1), "exactly one request ran");
            Assert.That(created.Select(answer => answer.Body).Distinct(), Has.Exactly(1).Items);
            foreach (var other in answers.Where(answer => answer.Status != HttpStatusCode.Created))
            {
                Assert.That(other.Status, Is.EqualTo(HttpStatusCode.Conflict), other.Body);
                Assert.That(other.RetryAfter, Is.EqualTo("1"), "a request in flight is a 409 with Retry-After");
            }
        }

        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
        created.Single(answer => !answer.Replayed).AssertReplayedBy(await PostStatusAsync(status, key));
    }
}
