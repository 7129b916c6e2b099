using CertStatus.Api.Errors;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CertStatus.Api.Idempotency;

/// <summary>
/// Runs a request that holds its key's claim, then keeps its answer for replay or gives the key up.
/// The rest of the pipeline runs with the response body held in memory, so that the answer can be
/// stored before it is sent: a repeat that arrives the moment the client has the answer replays it.
/// </summary>
internal static class ClaimedRequestRunner
{
    public static async Task RunAndRememberAsync(
        HttpContext httpContext,
        ResourceExecutionDelegate next,
        IdempotentRequest request,
        IdempotencyBookkeeping bookkeeping)
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
                    await bookkeeping.ReleaseAsync(request);
                    return;
                }

                executed.ExceptionHandled = true;
            }

            await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
        catch
        {
            await bookkeeping.ReleaseAsync(request);
            throw;
        }
        finally
        {
            response.Body = originalBody;
        }

        if (AnswerReplay.IsReplayable(response.StatusCode))
        {
            await bookkeeping.CompleteAsync(request, AnswerReplay.Capture(response, buffer));
        }
        else
        {
            await bookkeeping.ReleaseAsync(request);
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
}
