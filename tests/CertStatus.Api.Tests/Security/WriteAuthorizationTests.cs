using System.Net;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Security;

/// <summary>Authentication on, reads open: writes need a valid token with <c>certifications.write</c>.</summary>
public sealed class WriteAuthorizationTests() : SecurityFixture(authentication: true)
{
    [Test]
    public async Task Post_WithoutToken_Answers401ProblemWithBearerChallenge()
    {
        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token: null);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.Select(challenge => challenge.Scheme), Does.Contain("Bearer"));
        Assert.That((string?)problem["detail"], Does.Contain("certifications.write"));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Post_WithTokenLackingTheWriteScope_Answers403Problem()
    {
        using var response = await SendAsync(
            HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), TestTokens.WithScope("certifications.read"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.That((string?)problem["detail"], Does.Contain("certifications.write"));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Post_WithSpaceSeparatedScopes_Answers201()
    {
        using var response = await SendAsync(
            HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), TestTokens.WithScope(TestTokens.ReadWrite));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase("scope")]
    [TestCase("scp")]
    public async Task Post_WithScopesAsArray_Answers201(string claim)
    {
        var token = TestTokens.WithScope(new[] { "certifications.read", "certifications.write" }, claim);

        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Post_WithScpClaimString_Answers201()
    {
        using var response = await SendAsync(
            HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), TestTokens.WithScope(TestTokens.ReadWrite, "scp"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Post_WithScopeThatOnlyContainsTheWriteScopeAsSubstring_Answers403()
    {
        using var response = await SendAsync(
            HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), TestTokens.WithScope("certifications.write.all"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Post_WithExpiredToken_Answers401Problem()
    {
        var token = TestTokens.Mint(
            new Dictionary<string, object> { ["sub"] = TestTokens.Subject, ["scope"] = TestTokens.ReadWrite },
            expires: DateTime.UtcNow.AddHours(-1));

        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Post_WithTokenSignedByAnotherKey_Answers401Problem()
    {
        var token = TestTokens.Mint(
            new Dictionary<string, object> { ["sub"] = TestTokens.Subject, ["scope"] = TestTokens.ReadWrite },
            signingKey: TestTokens.OtherSigningKey);

        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Post_WithTokenForAnotherAudience_Answers401Problem()
    {
        var token = TestTokens.Mint(
            new Dictionary<string, object> { ["sub"] = TestTokens.Subject, ["scope"] = TestTokens.ReadWrite },
            audience: "some-other-api");

        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Post_WithTokenFromAnotherIssuer_Answers401Problem()
    {
        var token = TestTokens.Mint(
            new Dictionary<string, object> { ["sub"] = TestTokens.Subject, ["scope"] = TestTokens.ReadWrite },
            issuer: "https://somebody-else.test");

        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().Build(), token);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task PutAndDelete_WithoutToken_Answer401_AndChangeNothing()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite));

        using var put = await SendAsync(HttpMethod.Put, Routes.Status(mentorId), ExpiryChange("2028-01-01T00:00:00Z"), token: null);
        using var delete = await SendAsync(HttpMethod.Delete, Routes.Status(mentorId), body: null, token: null);

        await AssertProblemAsync(put, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(delete, HttpStatusCode.Unauthorized);
        Assert.That((await GetStatusAsync(mentorId))["expiry_date"], Is.EqualTo("\"2027-03-26T00:00:00Z\""));
    }

    [Test]
    public async Task PutAndDelete_WithWriteScope_Succeed()
    {
        var token = TestTokens.WithScope(TestTokens.ReadWrite);
        var mentorId = await CreateAsAsync(token);

        using var put = await SendAsync(HttpMethod.Put, Routes.Status(mentorId), ExpiryChange("2028-01-01T00:00:00Z"), token);
        using var delete = await SendAsync(HttpMethod.Delete, Routes.Status(mentorId), body: null, token);

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.OK), await delete.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task RenewalWrites_WithoutToken_Answer401()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite));
        var renewal = new RenewalBuilder(mentorId).RenewedAt("2026-03-01T00:00:00Z").ProcessedBy("admin-7").Build();

        using var response = await SendAsync(HttpMethod.Post, RenewalsPath, renewal, token: null);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Post_OnTheContractAliasPath_WithoutToken_Answers401()
    {
        using var response = await SendAsync(HttpMethod.Post, Routes.AliasStatuses, new CertificationStatusBuilder().Build(), token: null);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Reads_WithoutToken_AreOpenByDefault()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite));

        using var list = await GetAsync(Routes.Statuses);
        using var one = await GetAsync(Routes.Status(mentorId));
        using var renewals = await GetAsync(RenewalsPath);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(renewals.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task OperationalEndpoints_WithoutToken_StayOpen(string path)
    {
        using var response = await GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApiDocument_DeclaresTheBearerScheme_AndTheScopeOfEachOperation()
    {
        using var response = await GetAsync("/swagger/v1/swagger.json");
        var document = await ReadObjectAsync(response);

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        var post = document["paths"]![Routes.Statuses]!["post"]!;
        var get = document["paths"]![Routes.Statuses]!["get"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)scheme["type"], Is.EqualTo("http"));
            Assert.That((string?)scheme["scheme"], Is.EqualTo("bearer"));
            Assert.That(post["security"]!.ToJsonString(), Is.EqualTo("""[{"Bearer":[]}]"""));
            Assert.That(post["x-required-scopes"]!.ToJsonString(), Is.EqualTo("""["certifications.write"]"""));
            Assert.That(post["responses"]!.AsObject().Select(r => r.Key), Does.Contain("401").And.Contain("403"));

            // Reads are open here: anonymous ({}) or with a token, which then needs the read scope.
            Assert.That(get["security"]!.ToJsonString(), Is.EqualTo("""[{},{"Bearer":[]}]"""));
            Assert.That(get["x-required-scopes"]!.ToJsonString(), Is.EqualTo("""["certifications.read"]"""));
            Assert.That(get["responses"]!.AsObject().Select(r => r.Key), Does.Not.Contain("401"));
        }
    }

    [Test]
    public async Task RequestLog_NamesTheCaller()
    {
        Logs.Clear();
        await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite, subject: "svc-audit-log"));

        // The request is logged once the response is complete, which may be just after the client has it.
        Assert.That(
            () => Logs.Events
                .Where(e => CapturingLogSink.SourceContextOf(e) == "Serilog.AspNetCore.RequestLoggingMiddleware")
                .Select(e => CapturingLogSink.StringProperty(e, "Caller")),
            Does.Contain("svc-audit-log").After(5000, 50));
    }

    [Test]
    public void StartUp_WithAuthenticationOn_LogsNoUnauthenticatedWarning()
    {
        Assert.That(Logs.Events.Where(AuthenticationOffTests.IsAuthenticationOffWarning), Is.Empty);
    }
}
