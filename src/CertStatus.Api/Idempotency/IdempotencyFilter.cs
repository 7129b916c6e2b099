using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CertStatus.Api.Errors;
using CertStatus.Application.Common.Idempotency;
using CertStatus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Idempotency;

/// <summary>
/// Safe retries of a POST that carries an <c>Idempotency-Key</c>. The key is claimed in the database
/// (shared by every replica) before the action runs, keyed by operation and key, together with a
/// hash of the body. Then:
/// <list type="bullet">
/// <item>the first request runs; a 2xx or 4xx answer is stored and replayed (status, body,
/// Location, ETag, plus <c>Idempotent-Replayed: true</c>) to every repeat with the same body until
/// the key expires, without running again;</item>
/// <item>a 5xx, an unexpected exception, a cancelled request, or a 408/409/429 (answers about the
/// moment rather than the request) releases the key: a retry runs again;</item>
/// <item>a repeat while the first is still running gets 409 with <c>Retry-After</c>; it writes nothing;</item>
/// <item>the same key with a different body gets 422 and writes nothing.</item>
/// </list>
/// Without the header the action runs as usual.
/// </summary>
internal sealed partial class IdempotencyFilter(
    IIdempotencyStore store,
    ProblemDetailsFactory problemDetailsFactory,
    DatabaseAvailability databaseAvailability,
    ILogger<IdempotencyFilter> logger) : IAsyncResourceFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    /// <summary>Seconds to wait before repeating a request whose first attempt is still running.</summary>
    public const int RetryAfterSeconds = 1;

    private const string JsonContentType = "application/json; charset=utf-8";
    private const string ProblemContentType = "application/problem+json; charset=utf-8";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var httpContext = context.HttpContext;
        if (!httpContext.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next();
            return;
        }

        if (values.Count != 1 || !IdempotencyKeys.IsValid(values[0]))
        {
            context.Result = InvalidKey(httpContext, values.Count > 1);
            return;
        }

        var request = new IdempotentRequest(ScopeOf(context.ActionDescriptor), values[0]!, await HashBodyAsync(httpContext.Request));
        var claim = await store.ClaimAsync(request, httpContext.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Claimed:
                await RunAndRememberAsync(httpContext, next, request);
                return;
            case IdempotencyClaimOutcome.Replay:
                context.Result = Replay(httpContext, claim.Response!);
                return;
            case IdempotencyClaimOutcome.InFlight:
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                context.Result = Problem(
                    httpContext,
                    StatusCodes.Status409Conflict,
                    $"A request with this {HeaderName} is still being handled. Retry after the time in Retry-After to receive its answer.");
                return;
            default:
                context.Result = Problem(
                    httpContext,
                    StatusCodes.Status422UnprocessableEntity,
                    $"This {HeaderName} was already used with a different request body. Send a new key for a new request.");
                return;
        }
    }

    /// <summary>
    /// Answers worth replaying: the request's own outcome. 408, 409 and 429 describe the moment
    /// (a timeout, a conflicting change, a rate limit), so a retry should run again.
    /// </summary>
    internal static bool IsReplayable(int statusCode) =>
        statusCode is >= 200 and < 300 or >= 400 and < 500
        && statusCode is not (StatusCodes.Status408RequestTimeout or StatusCodes.Status409Conflict or StatusCodes.Status429TooManyRequests);

    /// <summary>The operation, not the path: the literal contract alias shares its canonical route's keys.</summary>
    internal static string ScopeOf(Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor action) => action is ControllerActionDescriptor controllerAction
        ? $"{controllerAction.ControllerName}.{controllerAction.ActionName}"
        : action.DisplayName ?? action.Id;

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        // Buffered so that model binding reads the body again from the start.
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Runs the rest of the pipeline with the response body held in memory, so that the answer can
    /// be stored before it is sent: a repeat that arrives the moment the client has the answer replays it.
    /// </summary>
    private async Task RunAndRememberAsync(HttpContext httpContext, ResourceExecutionDelegate next, IdempotentRequest request)
    {
        var response = httpContext.Response;
        var originalBody = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            var executed = await next();
            if (executed.Exception is { } exception && !executed.ExceptionHandled)
            {
                if (!ExpectedFailures.IsExpected(exception) || !await TryWriteProblemAsync(httpContext, exception))
                {
                    // A fault: the exception handler answers it (500) after this filter; the key is free again.
                    await ReleaseAsync(request);
                    return;
                }

                executed.ExceptionHandled = true;
            }

            await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
        catch
        {
            await ReleaseAsync(request);
            throw;
        }
        finally
        {
            response.Body = originalBody;
        }

        if (IsReplayable(response.StatusCode))
        {
            await CompleteAsync(request, new IdempotentResponse(
                response.StatusCode,
                Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length),
                NullIfEmpty(response.Headers.Location),
                NullIfEmpty(response.Headers.ETag)));
        }
        else
        {
            await ReleaseAsync(request);
        }

        response.ContentLength ??= buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, httpContext.RequestAborted);
    }

    /// <summary>
    /// An expected failure (validation, not found, duplicate, missing mentor, …) is answered here, by
    /// the same exception handlers the middleware would use, so that its problem details can be stored.
    /// </summary>
    private static async Task<bool> TryWriteProblemAsync(HttpContext httpContext, Exception exception)
    {
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        foreach (var handler in httpContext.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(httpContext, exception, httpContext.RequestAborted))
            {
                return true;
            }
        }

        return false;
    }

    // Bookkeeping goes on when the caller has gone: a claim left behind would block retries until it times out.
    private async Task CompleteAsync(IdempotentRequest request, IdempotentResponse response)
    {
        try
        {
            await store.CompleteAsync(request, response, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The write has happened; the caller still gets its answer. Retries get 409 until the claim times out.
            BookkeepingFailed(exception, "store the answer for", request.Scope);
        }
    }

    private async Task ReleaseAsync(IdempotentRequest request)
    {
        try
        {
            await store.ReleaseAsync(request, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            BookkeepingFailed(exception, "release", request.Scope);
        }
    }

    /// <summary>An outage is logged once, when it begins, however many requests meet it.</summary>
    private void BookkeepingFailed(Exception exception, string action, string scope)
    {
        if (DatabaseOutage.IsOutage(exception))
        {
            databaseAvailability.ReportUnreachable(DatabaseOutage.Describe(exception));
        }
        else
        {
            LogBookkeepingFailed(exception, action, scope);
        }
    }

    private static ContentResult Replay(HttpContext httpContext, IdempotentResponse stored)
    {
        var headers = httpContext.Response.Headers;
        headers[ReplayedHeaderName] = "true";
        if (stored.Location is not null)
        {
            headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            headers.ETag = stored.ETag;
        }

        return new ContentResult
        {
            StatusCode = stored.StatusCode,
            Content = stored.Body,
            ContentType = stored.StatusCode < 400 ? JsonContentType : ProblemContentType,
        };
    }

    private static BadRequestObjectResult InvalidKey(HttpContext httpContext, bool repeated)
    {
        var errors = new ModelStateDictionary();
        errors.AddModelError(
            HeaderName,
            repeated
                ? $"'{HeaderName}' must be given once."
                : $"'{HeaderName}' must be 1–{IdempotencyKeys.MaxLength} printable ASCII characters.");
        return InvalidRequestResponse.For(httpContext, errors);
    }

    private ObjectResult Problem(HttpContext httpContext, int status, string detail) =>
        new(problemDetailsFactory.CreateProblemDetails(httpContext, status, detail: detail))
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value) ? null : value.ToString();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Action} an Idempotency-Key of {Scope}")]
    private partial void LogBookkeepingFailed(Exception exception, string action, string scope);
}
