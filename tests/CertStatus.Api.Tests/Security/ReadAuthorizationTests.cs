using System.Net;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Security;

/// <summary>Authentication on with <c>Authentication:RequireForReads=true</c>: reads need <c>certifications.read</c>.</summary>
public sealed class ReadAuthorizationTests() : SecurityFixture(authentication: true, requireForReads: true)
{
    [TestCase(Routes.Statuses)]
    [TestCase(RenewalsPath)]
    [TestCase(Routes.AliasStatuses)]
    [TestCase(Routes.Changes + "/latest")]
    [TestCase(Routes.Changes + "?since=x")]
    public async Task List_WithoutToken_Answers401Problem(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, body: null, token: null);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That((string?)problem["detail"], Does.Contain("certifications.read"));
    }

    [Test]
    public async Task Get_WithWriteOnlyToken_Answers403Problem()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope("certifications.write"));

        using var response = await SendAsync(HttpMethod.Get, Routes.Status(mentorId), body: null, TestTokens.WithScope("certifications.write"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Get_WithReadScope_Answers200()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite));

        using var response = await SendAsync(HttpMethod.Get, Routes.Status(mentorId), body: null, TestTokens.WithScope("certifications.read"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ChangeFeed_WithReadScope_Answers200_AndWithWriteOnlyToken403()
    {
        using var read = await SendAsync(HttpMethod.Get, Routes.Changes + "/latest", body: null, TestTokens.WithScope("certifications.read"));
        using var writeOnly = await SendAsync(HttpMethod.Get, Routes.Changes + "/latest", body: null, TestTokens.WithScope("certifications.write"));

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        await AssertProblemAsync(writeOnly, HttpStatusCode.Forbidden);
    }

    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/health/live")]
    public async Task OperationalEndpoints_WithoutToken_StayOpen(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, body: null, token: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApiDocument_MarksReadsAsNeedingTheReadScope()
    {
        using var response = await SendAsync(HttpMethod.Get, "/swagger/v1/swagger.json", body: null, token: null);
        var get = (await ReadObjectAsync(response))["paths"]![Routes.Statuses]!["get"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get["security"]!.ToJsonString(), Is.EqualTo("""[{"Bearer":[]}]"""));
            Assert.That(get["x-required-scopes"]!.ToJsonString(), Is.EqualTo("""["certifications.read"]"""));
        }
    }
}
