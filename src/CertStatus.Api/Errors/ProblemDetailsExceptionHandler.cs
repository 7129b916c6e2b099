using CertStatus.Infrastructure.Persistence;
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

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone; there is nobody to answer.
            return true;
        }

        var answer = ExpectedFailures.AnswerTo(exception);
        var unavailable = answer is not null
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
            _ => ToProblem(httpContext, answer),
        };
        if (unavailable is not null)
        {
            httpContext.Response.Headers.RetryAfter = RequestLimits.RetryAfterOutage;
            DatabaseUnavailableAnswers.Mark(httpContext);
        }
        else if (answer is null)
        {
            LogUnexpected(exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;

        // Written as its own type: inside an MVC action (where the Idempotency-Key filter answers
        // expected failures) the problem details service would serialise a validation problem as
        // its base type and drop its 'errors'. The factory has already applied the customisation.
        await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, ProblemTypes.ContentType, cancellationToken);
        return true;
    }

    private ProblemDetails ToProblem(HttpContext httpContext, ExpectedAnswer? answer) => answer switch
    {
        { Errors: { } errors } => Validation(httpContext, errors),
        { } expected => Problem(httpContext, expected.Status, expected.Detail),
        null => Problem(httpContext, StatusCodes.Status500InternalServerError, "An unexpected error occurred. It has been logged."),
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while handling the request")]
    private partial void LogUnexpected(Exception exception);
}
