using System.Text;
using CertStatus.Api.Errors;
using CertStatus.Api.Idempotency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace CertStatus.Api.Tests.Errors;

/// <summary>
/// Every failure in the one table is expected everywhere that asks: the exception handler answers it
/// without an error log, the exception middleware keeps it out of its diagnostics, and the
/// Idempotency-Key filter answers it itself instead of treating it as a fault of its own.
/// </summary>
public sealed class ExpectedFailuresTests
{
    private static readonly Exception[] Samples =
    [
        new ValidationException([new ValidationFailure("mentor_id", "'mentor_id' is required.")]),
        new DomainRuleViolationException(new MentorIdMustBeValid("-mentor")),
        new NotFoundException("certification status", "mentor-001"),
        new DuplicateException("certification status", "mentor-001"),
        new ConcurrencyConflictException(),
        new PreconditionFailedException(Guid.Empty),
        new MissingReferenceException("mentor_id", "certification status", "mentor-001"),
        new ChangeTokenExpiredException(7),
        new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge),
        new DecoderFallbackException("Unable to translate bytes [7B] at index 0 from UTF-16."),
    ];

    [Test]
    public void EveryMappedExceptionType_HasASampleHere() =>
        Assert.That(ExpectedFailures.Types.Where(type => !Samples.Any(type.IsInstanceOfType)), Is.Empty);

    [TestCaseSource(nameof(Samples))]
    public void MappedException_IsExpected_SoTheExceptionMiddlewareKeepsItOutOfItsDiagnostics(Exception exception) =>
        Assert.That(ExpectedFailures.IsExpected(exception), Is.True);

    [Test]
    public void UnmappedException_IsNotExpected() =>
        Assert.That(ExpectedFailures.IsExpected(new InvalidOperationException("boom")), Is.False);

    [TestCaseSource(nameof(Samples))]
    public async Task MappedException_IsAnsweredByTheHandlerWithItsStatus_AndLogsNothingAtError(Exception exception)
    {
        var logger = new FakeLogger<ProblemDetailsExceptionHandler>();
        await using var services = Services(logger);
        var httpContext = new DefaultHttpContext { RequestServices = services };
        httpContext.Response.Body = new MemoryStream();

        var handled = await services.GetRequiredService<IExceptionHandler>().TryHandleAsync(httpContext, exception, CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(httpContext.Response.StatusCode, Is.EqualTo(ExpectedFailures.AnswerTo(exception)!.Status));
        Assert.That(logger.Collector.GetSnapshot().Where(record => record.Level >= LogLevel.Error), Is.Empty);
    }

    [TestCaseSource(nameof(Samples))]
    public async Task MappedException_UnderAnIdempotencyKey_IsAnsweredByTheFilter_AndLogsNothingAtError(Exception exception)
    {
        var logger = new FakeLogger<ProblemDetailsExceptionHandler>();
        await using var services = Services(logger);
        var store = new RecordingStore();
        var context = KeyedRequest(services);
        ResourceExecutedContext? executed = null;
        var filter = new IdempotencyFilter(
            store,
            services.GetRequiredService<ProblemDetailsFactory>(),
            new DatabaseAvailability(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System),
            NullLogger<IdempotencyFilter>.Instance);

        await filter.OnResourceExecutionAsync(context, () =>
            Task.FromResult(executed = new ResourceExecutedContext(context, context.Filters) { Exception = exception }));

        var status = ExpectedFailures.AnswerTo(exception)!.Status;
        Assert.That(executed!.ExceptionHandled, Is.True, "answered by the filter, not left to the middleware as a fault");
        Assert.That(context.HttpContext.Response.StatusCode, Is.EqualTo(status));
        Assert.That(store.Completed?.StatusCode, Is.EqualTo(AnswerReplay.IsReplayable(status) ? status : null));
        Assert.That(logger.Collector.GetSnapshot().Where(record => record.Level >= LogLevel.Error), Is.Empty);
    }

    private static ServiceProvider Services(FakeLogger<ProblemDetailsExceptionHandler> logger) => new ServiceCollection()
        .AddLogging()
        .AddMvcCore().Services
        .AddSingleton<IExceptionHandler>(provider => new ProblemDetailsExceptionHandler(provider.GetRequiredService<ProblemDetailsFactory>(), logger))
        .BuildServiceProvider();

    private static ResourceExecutingContext KeyedRequest(IServiceProvider services)
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        httpContext.Request.Method = HttpMethods.Post;
        httpContext.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"mentor_id":"mentor-001"}"""));
        httpContext.Request.Headers[IdempotencyKeyHeader.Name] = "key-1";
        httpContext.Response.Body = new MemoryStream();
        var action = new ControllerActionDescriptor { ControllerName = "CertificationStatuses", ActionName = "Create" };
        var actionContext = new ActionContext(httpContext, new RouteData(), action);
        return new ResourceExecutingContext(actionContext, new List<IFilterMetadata>(), new List<IValueProviderFactory>());
    }

    private sealed class RecordingStore : IIdempotencyStore
    {
        public StoredAnswer? Completed { get; private set; }

        public Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(IdempotencyClaim.Claimed);

        public Task CompleteAsync(IdempotentRequest request, StoredAnswer answer, CancellationToken cancellationToken)
        {
            Completed = answer;
            return Task.CompletedTask;
        }

        public Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
