using System.Net;
using CertStatus.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CertStatus.Client.Tests;

/// <summary>
/// AddCertStatusClient's wiring, seen from the wire: a stub primary handler stands in for the
/// network, so no service is needed.
/// </summary>
public sealed class ServiceCollectionExtensionsTests
{
    private static readonly Uri BaseUrl = new("https://certstatus.example.org/");

    [Test]
    public async Task AddCertStatusClient_WithAnAccessTokenProvider_SendsABearerTokenOnEveryRequest()
    {
        var stub = new StubHttpHandler();
        var issued = 0;
        await using var services = BuildServices(stub, options =>
            options.AccessTokenProvider = _ => ValueTask.FromResult($"token-{Interlocked.Increment(ref issued)}"));

        await services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001");
        await services.GetRequiredService<ICertificationRenewalsClient>().ListAsync();

        Assert.That(stub.Requests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }));
    }

    [Test]
    public async Task AddCertStatusClient_FetchesTheTokenOncePerCall_AndRetriesReuseIt()
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var issued = 0;
        await using var services = BuildServices(
            stub,
            options => options.AccessTokenProvider = _ => ValueTask.FromResult($"token-{Interlocked.Increment(ref issued)}"),
            fastRetries: true);

        await services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001");

        Assert.That(stub.Requests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-1" }));
    }

    [Test]
    public async Task AddCertStatusClient_WithoutAnAccessTokenProvider_SendsNoAuthorization()
    {
        var stub = new StubHttpHandler();
        await using var services = BuildServices(stub);

        await services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001");

        Assert.That(stub.Requests.Single().Authorization, Is.Null);
    }

    [Test]
    public async Task AddCertStatusClient_PassesTheCallersCancellationToAnAccessTokenProvider()
    {
        var stub = new StubHttpHandler();
        using var cancellation = new CancellationTokenSource();
        var providerSawCancellation = false;
        await using var services = BuildServices(stub, options => options.AccessTokenProvider = token =>
        {
            // The caller gives up while the token is being fetched.
            cancellation.Cancel();
            providerSawCancellation = token.IsCancellationRequested;
            return ValueTask.FromResult("token");
        });

        Assert.That(
            () => services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001", cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(providerSawCancellation, Is.True);
        Assert.That(stub.Requests, Is.Empty);
    }

    [TestCase("https://certstatus.example.org/certstatus")]
    [TestCase("https://certstatus.example.org/certstatus/")]
    public async Task AddCertStatusClient_WithABasePath_KeepsIt_WithOrWithoutTheTrailingSlash(string baseUrl)
    {
        var stub = new StubHttpHandler();
        await using var services = BuildServices(stub, baseUrl: new Uri(baseUrl));

        await services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor 001");

        Assert.That(
            stub.Requests.Single().Uri.AbsoluteUri,
            Is.EqualTo("https://certstatus.example.org/certstatus/api/v1/certification-statuses/mentor%20001"));
    }

    [Test]
    public async Task AddCertStatusClient_SendsListArgumentsAsTheContractsQueryParameters()
    {
        var stub = new StubHttpHandler();
        await using var services = BuildServices(stub);

        await services.GetRequiredService<ICertificationStatusesClient>().ListAsync(
            page: 2, limit: 50, certificationType: "peer_mentor_advanced", isExpired: false, expiringWithinDays: 30, sort: "-expiry_date");

        Assert.That(
            stub.Requests.Single().Uri.Query,
            Is.EqualTo("?page=2&limit=50&certification_type=peer_mentor_advanced&is_expired=false&expiring_within_days=30&sort=-expiry_date"));
    }

    [Test]
    public async Task GetAsync_AfterTransientFailures_IsRetriedAndSucceeds()
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var services = BuildServices(stub, fastRetries: true);

        var response = await services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001");

        Assert.That(response.Result.MentorId, Is.EqualTo("mentor-001"));
        Assert.That(stub.Requests, Has.Count.EqualTo(3));
    }

    [TestCase("statuses.list")]
    [TestCase("statuses.update")]
    [TestCase("statuses.delete")]
    [TestCase("renewals.get")]
    [TestCase("renewals.update")]
    [TestCase("renewals.delete")]
    public async Task IdempotentCalls_AfterA503_AreRetried(string operation)
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var services = BuildServices(stub, fastRetries: true);

        await Call(services, operation);

        Assert.That(stub.Requests, Has.Count.EqualTo(2));
        Assert.That(stub.Requests[1].Method, Is.EqualTo(stub.Requests[0].Method));
    }

    [TestCase("statuses.create")]
    [TestCase("renewals.create")]
    public async Task Posts_AfterA503_AreRetriedUnderOneIdempotencyKey(string operation)
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created);
        await using var services = BuildServices(stub, fastRetries: true);

        await Call(services, operation);

        var attempts = stub.Requests;
        Assert.That(attempts.Select(r => r.Method), Is.EqualTo(new[] { HttpMethod.Post, HttpMethod.Post }));
        Assert.That(attempts[0].IdempotencyKey, Is.Not.Null.And.Not.Empty);
        Assert.That(attempts[1].IdempotencyKey, Is.EqualTo(attempts[0].IdempotencyKey), "a retry is the same request to the service");
    }

    [Test]
    public async Task Posts_OfDifferentCalls_CarryDifferentIdempotencyKeys()
    {
        var stub = new StubHttpHandler(HttpStatusCode.Created);
        await using var services = BuildServices(stub, fastRetries: true);

        await Call(services, "statuses.create");
        await Call(services, "statuses.create");

        var keys = stub.Requests.Select(r => r.IdempotencyKey).ToList();
        Assert.That(keys, Has.Count.EqualTo(2).And.Unique.And.None.Null);
    }

    [Test]
    public async Task RetryOptions_CanBeTunedPerClient_ByTheNameDocsClientMdGives()
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable);
        var services = new ServiceCollection();
        services.AddCertStatusClient(BaseUrl);
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => stub));
        services.Configure<HttpStandardResilienceOptions>("ICertificationStatusesClient-standard", options =>
        {
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.Delay = TimeSpan.Zero;
        });
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.ThrowsAsync<CertStatusApiException>(() => provider.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001"));

        Assert.That(exception.StatusCode, Is.EqualTo(503));
        Assert.That(stub.Requests, Has.Count.EqualTo(2), "one attempt and the one retry configured");
    }

    [Test]
    public async Task AddCertStatusClient_WithResilienceTurnedOff_DoesNotRetry()
    {
        var stub = new StubHttpHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var services = BuildServices(stub, options => options.UseStandardResilience = false);

        var exception = Assert.ThrowsAsync<CertStatusApiException>(() => services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001"));

        Assert.That(exception.StatusCode, Is.EqualTo(503));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_WhenCancelled_ThrowsOperationCanceled_NotAnApiException()
    {
        var stub = new StubHttpHandler();
        await using var services = BuildServices(stub);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        Assert.That(
            () => services.GetRequiredService<ICertificationStatusesClient>().GetAsync("mentor-001", cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stub.Requests, Is.Empty);
    }

    private static ServiceProvider BuildServices(
        StubHttpHandler stub,
        Action<CertStatusClientOptions>? configure = null,
        Uri? baseUrl = null,
        bool fastRetries = false)
    {
        var services = new ServiceCollection();
        services.AddCertStatusClient(baseUrl ?? BaseUrl, configure);
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => stub));
        if (fastRetries)
        {
            // Only the wait between attempts changes; which calls are retried stays as configured.
            services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.Delay = TimeSpan.Zero);
        }

        return services.BuildServiceProvider();
    }

    private static async Task Call(IServiceProvider services, string operation)
    {
        var statuses = services.GetRequiredService<ICertificationStatusesClient>();
        var renewals = services.GetRequiredService<ICertificationRenewalsClient>();
        var expiry = new DateTimeOffset(2027, 3, 26, 0, 0, 0, TimeSpan.Zero);
        switch (operation)
        {
            case "statuses.list":
                await statuses.ListAsync();
                break;
            case "statuses.create":
                await statuses.CreateAsync(new CreateCertificationStatusRequest
                {
                    MentorId = "mentor-001",
                    CertificationType = "peer_mentor_standard",
                    IssueDate = expiry.AddYears(-2),
                    ExpiryDate = expiry,
                });
                break;
            case "statuses.update":
                await statuses.UpdateExpiryAsync("mentor-001", new UpdateCertificationExpiryRequest { ExpiryDate = expiry, UpdatedReason = "r" }, "\"v1\"");
                break;
            case "statuses.delete":
                await statuses.DeleteAsync("mentor-001", "\"v1\"");
                break;
            case "renewals.get":
                await renewals.GetAsync("renewal-0001");
                break;
            case "renewals.create":
                await renewals.CreateAsync(new RecordRenewalRequest
                {
                    MentorId = "mentor-001",
                    RenewalDate = expiry.AddYears(-1),
                    NewExpiryDate = expiry,
                    ProcessedBy = "admin-001",
                });
                break;
            case "renewals.update":
                await renewals.UpdateAsync("renewal-0001", new CorrectRenewalRequest { Notes = "n" }, "\"v1\"");
                break;
            case "renewals.delete":
                await renewals.DeleteAsync("renewal-0001", "\"v1\"");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "unknown operation");
        }
    }
}
