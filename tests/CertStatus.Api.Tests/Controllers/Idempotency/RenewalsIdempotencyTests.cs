using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.Idempotency;

/// <summary>POST /api/v1/certification-renewals with an Idempotency-Key: the write a retry would otherwise repeat.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalsIdempotencyTests(DatabaseProvider provider) : IdempotencyFixture(provider)
{
    [Test]
    public async Task Renew_RepeatedWithTheSameKeyAndBody_ReplaysTheRenewal_WithoutRecordingItAgain()
    {
        await CreateAsync("mentor-001");
        var key = NewKey();
        var first = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created), first.Body);
        var renewed = await GetStatusAsync("mentor-001");

        Clock.Advance(TimeSpan.FromMinutes(5));
        var repeat = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);

        first.AssertReplayedBy(repeat);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.EqualTo(1));
        Assert.That((await GetStatusAsync("mentor-001")).ETag, Is.EqualTo(renewed.ETag), "the certification did not change again");
    }

    [Test]
    public async Task Renew_RepeatedWithTheSameKeyAndAnotherBody_Returns422AndRecordsNothing()
    {
        await CreateAsync("mentor-001");
        var key = NewKey();
        await PostWithKeyAsync(Renewals, RenewalOf("mentor-001", notes: "first"), key);

        var reuse = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001", notes: "second"), key);

        await reuse.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.EqualTo(1));
    }

    [Test]
    public async Task OneKey_OnTheTwoPostRoutes_IsTwoIndependentKeys()
    {
        var key = NewKey();
        var status = await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"), key);

        var renewal = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);

        Assert.That(status.Status, Is.EqualTo(HttpStatusCode.Created), status.Body);
        Assert.That(renewal.Status, Is.EqualTo(HttpStatusCode.Created), renewal.Body);
        Assert.That(renewal.Replayed, Is.False);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.EqualTo(1));
    }

    [Test]
    public async Task Renew_OnTheAliasWithTheCanonicalRoutesKey_SharesIt()
    {
        await CreateAsync("mentor-001");
        var key = NewKey();
        var first = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);

        var alias = await PostWithKeyAsync(AliasRenewals, RenewalOf("mentor-001"), key);

        first.AssertReplayedBy(alias);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.EqualTo(1));
    }

    [Test]
    public async Task Renew_OfAnUnknownMentor_ReplaysThe422_EvenOnceTheMentorExists()
    {
        var key = NewKey();
        var first = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);
        await first.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await CreateAsync("mentor-001");

        var repeat = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key);

        first.AssertReplayedBy(repeat);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.Zero);
    }

    [Test]
    public async Task Renew_ManyAtOnceWithOneKey_RecordsOneRenewal_OthersReplayOrAreToldToRetry()
    {
        await CreateAsync("mentor-001");
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key)));

        var created = answers.Where(answer => answer.Status == HttpStatusCode.Created).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Count(answer => !answer.Replayed), Is.EqualTo(1), "exactly one request ran");
            Assert.That(created.Select(answer => answer.Body).Distinct(), Has.Exactly(1).Items);
            foreach (var other in answers.Where(answer => answer.Status != HttpStatusCode.Created))
            {
                Assert.That(other.Status, Is.EqualTo(HttpStatusCode.Conflict), other.Body);
                Assert.That(other.RetryAfter, Is.EqualTo("1"), "a request in flight is a 409 with Retry-After");
                await other.AssertProblemAsync(HttpStatusCode.Conflict);
            }
        }

        Assert.That(await CountRenewalsAsync("mentor-001"), Is.EqualTo(1));
        created.Single(answer => !answer.Replayed).AssertReplayedBy(await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), key));
    }
}
