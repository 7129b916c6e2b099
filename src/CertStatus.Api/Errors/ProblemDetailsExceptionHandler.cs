using System.Text;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Domain.Common;
using CertStatus.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Known failures get their status
/// and a message written for the caller; a database that cannot serve (unreachable, or not
/// migrated) a 503 with Retry-After; anything else is a 500 that says nothing about why.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    ProblemDetailsFactory problemDetailsFactory,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    private const string ProblemContentType = "application/problem+json";
    private const string BodyField = "body";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone; there is nobody to answer.
            return true;
        }

        var unavailable = IsAnswer(exception)
            ? null
            : await httpContext.RequestServices.GetRequiredService<DatabaseFailures>().ExplainAsync(exception, cancellationToken);
        var problem = unavailable switch
        {
            // Logged once when the database's state changed (DatabaseAvailability), not per request.
            DatabaseUnavailability.Unreachable => Problem(
                httpContext,
                StatusCodes.Status503ServiceUnavailable,
                "The database cannot be reached right now; nothing was changed. Retry after the time in Retry-After."),
            DatabaseUnavailability.NotMigrated => Problem(
                httpContext,
                StatusCodes.Status503ServiceUnavailable,
                "The database has not been migrated to this version of the service; nothing was changed. Retry after the time in Retry-After."),
            _ => ToProblem(httpContext, exception),
        };
        if (unavailable is not null)
        {
            httpContext.Response.Headers.RetryAfter = RequestLimits.RetryAfterOutage;
            DatabaseUnavailableAnswers.Mark(httpContext);
        }
        else if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;

        // Written as its own type: inside an MVC action (where the Idempotency-Key filter answers
        // expected failures) the problem details service would serialise a validation problem as
        // its base type and drop its 'errors'. The factory has already applied the customisation.
        await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, ProblemContentType, cancellationToken);
        return true;
    }

    /// <summary>Whether the exception is one of the expected outcomes mapped here, not a fault worth an error log.</summary>
    public static bool IsExpected(Exception exception) => IsAnswer(exception) || DatabaseOutage.IsOutage(exception);

    /// <summary>An outcome of the request itself (invalid, not found, conflicting, …), answered with its 4xx.</summary>
    private static bool IsAnswer(Exception exception) => exception is ValidationException
        or DomainRuleViolationException
        or NotFoundException
        or DuplicateException
        or ConcurrencyConflictException
        or PreconditionFailedException
        or MissingReferenceException
        or ChangeTokenExpiredException
        or BadHttpRequestException;

    private ProblemDetails ToProblem(HttpContext httpContext, Exception exception) => exception switch
    {
        ValidationException validation => Validation(
            httpContext,
            validation.Errors.Select(failure => (failure.PropertyName, failure.ErrorMessage))),
        DomainRuleViolationException rule => Validation(httpContext, [(DomainRuleFields.For(rule.Code), rule.Message)]),
        NotFoundException notFound => Problem(httpContext, StatusCodes.Status404NotFound, notFound.Message),
        DuplicateException duplicate => Problem(httpContext, StatusCodes.Status409Conflict, duplicate.Message),
        ConcurrencyConflictException conflict => Problem(httpContext, StatusCodes.Status409Conflict, conflict.Message),
        PreconditionFailedException precondition => Problem(httpContext, StatusCodes.Status412PreconditionFailed, precondition.Message),
        MissingReferenceException missing => Problem(httpContext, StatusCodes.Status422UnprocessableEntity, missing.Message),
        ChangeTokenExpiredException expired => Problem(httpContext, StatusCodes.Status410Gone, expired.Message),
        BadHttpRequestException badRequest => Problem(httpContext, badRequest.StatusCode, DescribeBadRequest(badRequest.StatusCode)),

        // The body is not text in the charset its Content-Type declares (half a UTF-16 character, say).
        DecoderFallbackException => Validation(httpContext, [(BodyField, "The request body is not valid text in the charset its Content-Type declares; send UTF-8 JSON.")]),
        _ => Problem(httpContext, StatusCodes.Status500InternalServerError, "An unexpected error occurred. It has been logged."),
    };

    private ValidationProblemDetails Validation(HttpContext httpContext, IEnumerable<(string Field, string Message)> failures)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (field, message) in failures)
        {
            modelState.AddModelError(field, message);
        }

        return problemDetailsFactory.CreateValidationProblemDetails(
            httpContext,
            modelState,
            StatusCodes.Status400BadRequest,
            detail: InvalidRequestResponse.Detail);
    }

    private ProblemDetails Problem(HttpContext httpContext, int status, string detail) =>
        problemDetailsFactory.CreateProblemDetails(httpContext, status, detail: detail);

    private static string DescribeBadRequest(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than the {RequestLimits.MaxRequestBodyBytes / 1024} KiB this service accepts.",
        _ => "The request could not be read.",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while handling the request")]
    private partial void LogUnexpected(Exception exception);
}
