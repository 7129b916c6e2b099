using System.Net;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §4: every error is application/problem+json with type, title, status, detail and traceId; 400s add errors.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProblemDetailsTests(DatabaseProvider provider) : ApiFixture(provider)
{
    [Test]
    public async Task ValidationProblem_HasEveryMemberAndErrorsKeyedBySnakeCaseField()
    {
        using var response = await PostAsync(new CertificationStatusBuilder().WithMentorId("-bad").WithType("nope").ExpiringAt("2020-01-01T00:00:00Z"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.That(problem.Select(member => member.Key), Is.SupersetOf(new[] { "type", "title", "status", "detail", "traceId", "errors" }));
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "mentor_id", "certification_type", "expiry_date" }));
    }

    [Test]
    public async Task TraceId_DiffersBetweenRequests()
    {
        using var first = await GetAsync(Routes.Status("mentor-404"));
        using var second = await GetAsync(Routes.Status("mentor-404"));

        var firstTrace = (string?)(await AssertProblemAsync(first, HttpStatusCode.NotFound))["traceId"];
        var secondTrace = (string?)(await AssertProblemAsync(second, HttpStatusCode.NotFound))["traceId"];

        Assert.That(firstTrace, Is.Not.EqualTo(secondTrace));
    }

    [Test]
    public async Task TraceId_FollowsTheCallersTraceparent()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Routes.Status("mentor-404"), UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await Client.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That((string?)problem["traceId"], Is.EqualTo(traceId));
    }

    [Test]
    public async Task UnknownPath_Returns404Problem()
    {
        using var response = await GetAsync("/api/v1/certification-status");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UnsupportedMethod_Returns405Problem()
    {
        await CreateAsync("mentor-001");

        using var response = await SendAsync(HttpMethod.Patch, Routes.Status("mentor-001"), Json("{}"));

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task PreconditionFailed_IsAProblemWithoutErrors()
    {
        await CreateAsync("mentor-001");

        using var response = await DeleteAsync(Routes.Status("mentor-001"), "\"stale\"");

        var problem = await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(problem["errors"], Is.Null);
    }

    [Test]
    public async Task Conflict_IsAProblemWithoutErrors()
    {
        await CreateAsync("mentor-001");

        using var response = await PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-001"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem["errors"], Is.Null);
    }
}
