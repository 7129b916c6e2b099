using System.Globalization;
using CertStatus.Api.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Idempotency;

/// <summary>The answers a keyed request gets instead of running: none of them writes anything.</summary>
internal static class IdempotencyRefusals
{
    /// <summary>Seconds to wait before repeating a request whose first attempt is still running.</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>400: the header cannot be a key (see <see cref="IdempotencyKeyHeader.Refusal"/>).</summary>
    public static BadRequestObjectResult InvalidKey(HttpContext httpContext, string refusal)
    {
        var errors = new ModelStateDictionary();
        errors.AddModelError(IdempotencyKeyHeader.Name, refusal);
        return InvalidRequestResponse.For(httpContext, errors);
    }

    /// <summary>409 with <c>Retry-After</c>: the first request with this key is still being handled.</summary>
    public static ObjectResult InFlight(ProblemDetailsFactory problemDetailsFactory, HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problem(
            problemDetailsFactory,
            httpContext,
            StatusCodes.Status409Conflict,
            $"A request with this {IdempotencyKeyHeader.Name} is still being handled. Retry after the time in Retry-After to receive its answer.");
    }

    /// <summary>422: the key was used with a different body.</summary>
    public static ObjectResult KeyReused(ProblemDetailsFactory problemDetailsFactory, HttpContext httpContext) =>
        Problem(
            problemDetailsFactory,
            httpContext,
            StatusCodes.Status422UnprocessableEntity,
            $"This {IdempotencyKeyHeader.Name} was already used with a different request body. Send a new key for a new request.");

    private static ObjectResult Problem(ProblemDetailsFactory problemDetailsFactory, HttpContext httpContext, int status, string detail) =>
        new(problemDetailsFactory.CreateProblemDetails(httpContext, status, detail: detail))
        {
            StatusCode = status,
            ContentTypes = { ProblemTypes.ContentType },
        };
}
