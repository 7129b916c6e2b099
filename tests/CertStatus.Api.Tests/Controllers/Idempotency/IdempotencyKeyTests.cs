using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Controllers.Idempotency;

/// <summary>The Idempotency-Key header itself: its rules, a claim still in flight, and the OpenAPI document.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class IdempotencyKeyTests(DatabaseProvider provider) : IdempotencyFixture(provider)
{
    private const string StatusesScope = "CertificationStatuses.Create";

    [TestCase(0, TestName = "Create_WithAnEmptyKey_Returns400NamingTheHeader")]
    [TestCase(201, TestName = "Create_WithAKeyOf201Characters_Returns400NamingTheHeader")]
    public async Task Create_WithAKeyOfInvalidLength_Returns400NamingTheHeader(int length)
    {
        var answer = await PostStatusAsync(new CertificationStatusBuilder(), new string('k', length));

        await AssertKeyRejectedAsync(answer);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Renew_WithAnInvalidKey_Returns400NamingTheHeader()
    {
        await CreateAsync("mentor-001");

        var answer = await PostWithKeyAsync(Renewals, RenewalOf("mentor-001"), new string('k', 201));

        await AssertKeyRejectedAsync(answer);
        Assert.That(await CountRenewalsAsync("mentor-001"), Is.Zero);
    }

    [TestCase("k")]
    [TestCase(" !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~")]
    [TestCase("k234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890k234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    public async Task Create_WithAValidKey_IsAccepted(string key)
    {
        var first = await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"), key);
        var repeat = await PostStatusAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"), key);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created), first.Body);
        first.AssertReplayedBy(repeat);
    }

    [Test]
    public async Task Create_WhileTheFirstRequestIsInFlight_Returns409WithRetryAfter_AndWritesNothing()
    {
        var body = new CertificationStatusBuilder().WithMentorId("mentor-001").Build();
        var key = NewKey();
        await ClaimAsync(key, body, inFlightFor: TimeSpan.FromMinutes(1));

        var answer = await PostWithKeyAsync(Routes.Statuses, body, key);

        var problem = await answer.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.That(answer.RetryAfter, Is.EqualTo("1"));
        Assert.That((string?)problem["detail"], Does.Contain("Idempotency-Key"));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithAnotherBodyWhileTheFirstRequestIsInFlight_Returns422()
    {
        var key = NewKey();
        await ClaimAsync(key, new CertificationStatusBuilder().WithMentorId("mentor-001").Build(), inFlightFor: TimeSpan.FromMinutes(1));

        var answer = await PostWithKeyAsync(Routes.Statuses, new CertificationStatusBuilder().WithMentorId("mentor-002").Build(), key);

        await answer.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Create_OnceAnAbandonedClaimTimedOut_RunsAgain()
    {
        // A replica that stopped mid-request leaves a claim without an answer; it holds the key for a minute, not a day.
        var body = new CertificationStatusBuilder().WithMentorId("mentor-001").Build();
        var key = NewKey();
        await ClaimAsync(key, body, inFlightFor: TimeSpan.FromMinutes(1));

        Clock.Advance(TimeSpan.FromMinutes(1));
        var answer = await PostWithKeyAsync(Routes.Statuses, body, key);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Created), answer.Body);
        Assert.That(await CountStatusesAsync(), Is.EqualTo(1));
    }

    [TestCase("/api/v1/certification-statuses")]
    [TestCase("/api/v1/certification-renewals")]
    public async Task OpenApiDocument_DocumentsTheKeyAnd422And409RetryAfter_OnThePost(string path)
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        var operation = (await ReadObjectAsync(response))["paths"]![path]!["post"]!;

        var header = operation["parameters"]!.AsArray().Single(parameter => (string?)parameter!["name"] == HeaderName)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)header["in"], Is.EqualTo("header"));
            Assert.That((bool?)header["required"] ?? false, Is.False);
            Assert.That((int?)header["schema"]!["maxLength"], Is.EqualTo(200));
            Assert.That(operation["responses"]!["422"], Is.Not.Null);
            Assert.That(operation["responses"]!["409"]!["headers"]!["Retry-After"], Is.Not.Null);
        }
    }

    [Test]
    public async Task OpenApiDocument_DoesNotOfferTheKeyOnOtherOperations()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        var paths = (await ReadObjectAsync(response))["paths"]!.AsObject();

        var keyed = paths
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value)))
            .Where(entry => entry.Operation?["parameters"] is JsonArray parameters
                && parameters.Any(parameter => (string?)parameter?["name"] == HeaderName))
            .Select(entry => entry.Name);

        Assert.That(keyed, Is.EquivalentTo(new[] { "post /api/v1/certification-statuses", "post /api/v1/certification-renewals" }));
    }

    private static async Task AssertKeyRejectedAsync(Answer answer)
    {
        var problem = await answer.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { HeaderName }), answer.Body);
    }

    /// <summary>Stores a claim without an answer, as a request still being handled (or abandoned) leaves it.</summary>
    private async Task ClaimAsync(string key, JsonNode body, TimeSpan inFlightFor)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        var now = Clock.GetUtcNow();
        dbContext.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = StatusesScope,
            Key = key,
            RequestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.ToJsonString()))),
            CreatedAt = now,
            ExpiresAt = now + inFlightFor,
        });
        await dbContext.SaveChangesAsync();
    }
}
