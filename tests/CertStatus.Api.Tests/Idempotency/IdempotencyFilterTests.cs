using System.Text;
using CertStatus.Api.Idempotency;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertStatus.Api.Tests.Idempotency;

/// <summary>What the filter stores, releases and sends, against a store that records the calls.</summary>
public sealed class IdempotencyFilterTests
{
    private const string RequestBody = """{"mentor_id":"mentor-001"}""";

    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddMvcCore().Services.BuildServiceProvider();

    [OneTimeTearDown]
    public void DisposeServices() => Services.Dispose();

    [Test]
    public async Task AnsweredWith2xx_StoresStatusBodyLocationAndETag_AndSendsTheBody()
    {
        var store = new RecordingStore();
        var (context, sent) = Request("key-1");

        await Filter(store).OnResourceExecutionAsync(context, () => AnswerAsync(context, StatusCodes.Status201Created, """{"id":1}""", location: "/things/1", eTag: "\"v1\""));

        Assert.That(store.Completed, Is.EqualTo(new StoredAnswer(201, """{"id":1}""", "/things/1", "\"v1\"")));
        Assert.That(store.Released, Is.False);
        Assert.That(Encoding.UTF8.GetString(sent.ToArray()), Is.EqualTo("""{"id":1}"""));
    }

    [TestCase(StatusCodes.Status500InternalServerError)]
    [TestCase(StatusCodes.Status503ServiceUnavailable)]
    [TestCase(StatusCodes.Status409Conflict)]
    [TestCase(StatusCodes.Status429TooManyRequests)]
    public async Task AnsweredWithAStatusAboutTheMoment_ReleasesTheKey_AndStillSendsTheAnswer(int status)
    {
        var store = new RecordingStore();
        var (context, sent) = Request("key-1");

        await Filter(store).OnResourceExecutionAsync(context, () => AnswerAsync(context, status, """{"status":1}"""));

        Assert.That(store.Released, Is.True);
        Assert.That(store.Completed, Is.Null);
        Assert.That(context.HttpContext.Response.StatusCode, Is.EqualTo(status));
        Assert.That(Encoding.UTF8.GetString(sent.ToArray()), Is.EqualTo("""{"status":1}"""));
    }

    [Test]
    public async Task FailedWithAnUnexpectedException_ReleasesTheKey_AndLeavesTheExceptionToTheExceptionHandler()
    {
        var store = new RecordingStore();
        var (context, _) = Request("key-1");
        ResourceExecutedContext? executed = null;

        await Filter(store).OnResourceExecutionAsync(context, () =>
            Task.FromResult(executed = new ResourceExecutedContext(context, context.Filters) { Exception = new InvalidOperationException("boom") }));

        Assert.That(store.Released, Is.True);
        Assert.That(store.Completed, Is.Null);
        Assert.That(executed!.ExceptionHandled, Is.False);
    }

    [Test]
    public async Task HashesTheBody_AndLeavesItReadableFromTheStart()
    {
        var store = new RecordingStore();
        var (context, _) = Request("key-1");
        string? bound = null;

        await Filter(store).OnResourceExecutionAsync(context, async () =>
        {
            bound = await new StreamReader(context.HttpContext.Request.Body).ReadToEndAsync();
            return new ResourceExecutedContext(context, context.Filters);
        });

        Assert.That(bound, Is.EqualTo(RequestBody));
        Assert.That(store.Claimed!.RequestHash, Is.EqualTo("564e8e1ab9e7405a0d42c3c9fbc787244eda265c4b92ca7c28a91acdb7b8b799"));
        Assert.That(store.Claimed.Scope, Is.EqualTo("CertificationRenewals.Create"));
    }

    [Test]
    public async Task KeyGivenTwice_Is400_AndTouchesNothing()
    {
        var store = new RecordingStore();
        var (context, _) = Request("key-1", "key-2");
        var ran = false;

        await Filter(store).OnResourceExecutionAsync(context, () =>
        {
            ran = true;
            return Task.FromResult(new ResourceExecutedContext(context, context.Filters));
        });

        Assert.That(ran, Is.False);
        Assert.That(store.Claimed, Is.Null);
        Assert.That((context.Result as ObjectResult)?.StatusCode, Is.EqualTo(StatusCodes.Status400BadRequest));
    }

    [Test]
    public async Task WithoutAKey_RunsWithoutTheStore()
    {
        var store = new RecordingStore();
        var (context, _) = Request();

        await Filter(store).OnResourceExecutionAsync(context, () => AnswerAsync(context, StatusCodes.Status201Created, "{}"));

        Assert.That(store.Claimed, Is.Null);
    }

    private static IdempotencyFilter Filter(IIdempotencyStore store) =>
        new(
            store,
            Services.GetRequiredService<ProblemDetailsFactory>(),
            new DatabaseAvailability(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System),
            NullLogger<IdempotencyFilter>.Instance);

    private static (ResourceExecutingContext Context, MemoryStream Sent) Request(params string[] keys)
    {
        var sent = new MemoryStream();
        var httpContext = new DefaultHttpContext { RequestServices = Services };
        httpContext.Request.Method = HttpMethods.Post;
        httpContext.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(RequestBody));
        httpContext.Response.Body = sent;
        if (keys.Length > 0)
        {
            httpContext.Request.Headers["Idempotency-Key"] = keys;
        }

        var action = new ControllerActionDescriptor { ControllerName = "CertificationRenewals", ActionName = "Create" };
        var actionContext = new ActionContext(httpContext, new RouteData(), action);
        return (new ResourceExecutingContext(actionContext, new List<IFilterMetadata>(), new List<IValueProviderFactory>()), sent);
    }

    private static async Task<ResourceExecutedContext> AnswerAsync(
        ResourceExecutingContext context,
        int status,
        string body,
        string? location = null,
        string? eTag = null)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        if (eTag is not null)
        {
            response.Headers.ETag = eTag;
        }

        await response.WriteAsync(body);
        return new ResourceExecutedContext(context, context.Filters);
    }

    private sealed class RecordingStore : IIdempotencyStore
    {
        public IdempotentRequest? Claimed { get; private set; }

        public StoredAnswer? Completed { get; private set; }

        public bool Released { get; private set; }

        public Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
        {
            Claimed = request;
            return Task.FromResult(IdempotencyClaim.Claimed);
        }

        public Task CompleteAsync(IdempotentRequest request, StoredAnswer answer, CancellationToken cancellationToken)
        {
            Completed = answer;
            return Task.CompletedTask;
        }

        public Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken)
        {
            Released = true;
            return Task.CompletedTask;
        }
    }
}
