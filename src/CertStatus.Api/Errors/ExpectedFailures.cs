using System.Text;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Domain.Common;
using CertStatus.Infrastructure.Persistence;
using FluentValidation;

namespace CertStatus.Api.Errors;

/// <summary>What an expected failure is answered with; <see cref="Errors"/> makes it a validation problem.</summary>
/// <param name="Status">The status code; the problem's <c>type</c> and <c>title</c> follow from it.</param>
/// <param name="Detail">The <c>detail</c> written for the caller.</param>
/// <param name="Errors">The fields to correct and why, for a 400 validation problem; otherwise null.</param>
internal sealed record ExpectedAnswer(int Status, string Detail, IReadOnlyList<(string Field, string Message)>? Errors = null);

/// <summary>
/// The one table of failures that are outcomes of the request (invalid, not found, conflicting, …),
/// not faults: the exception handler answers from it, and everything that asks whether a failure is
/// expected (the error log, the Idempotency-Key filter) asks it, so the lists cannot drift apart.
/// </summary>
internal static class ExpectedFailures
{

    // First match wins, so a subclass must come before its base class.
    private static readonly Mapping[] Table =
    [
        Map<ValidationException>(validation => Invalid(validation.Errors.Select(failure => (failure.PropertyName, failure.ErrorMessage)))),
        Map<DomainRuleViolationException>(violation => Invalid([(violation.Rule.Field, violation.Message)])),
        Map<NotFoundException>(notFound => new(StatusCodes.Status404NotFound, notFound.Message)),
        Map<DuplicateException>(duplicate => new(StatusCodes.Status409Conflict, duplicate.Message)),
        Map<ConcurrencyConflictException>(conflict => new(StatusCodes.Status409Conflict, conflict.Message)),
        Map<PreconditionFailedException>(precondition => new(StatusCodes.Status412PreconditionFailed, precondition.Message)),
        Map<MissingReferenceException>(missing => new(StatusCodes.Status422UnprocessableEntity, missing.Message)),
        Map<ChangeTokenExpiredException>(expired => new(StatusCodes.Status410Gone, expired.Message)),
        Map<BadHttpRequestException>(badRequest => new(badRequest.StatusCode, DescribeBadRequest(badRequest.StatusCode))),

        // The body is not text in the charset its Content-Type declares (half a UTF-16 character, say).
        Map<DecoderFallbackException>(_ => Invalid([(InvalidRequestResponse.BodyField, "The request body is not valid text in the charset its Content-Type declares; send UTF-8 JSON.")])),
    ];

    /// <summary>Every exception type in the table, in the order they are matched.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. Table.Select(mapping => mapping.Exception)];

    /// <summary>The answer to an expected failure, or null when the exception is not one.</summary>
    public static ExpectedAnswer? AnswerTo(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var mapping = Array.Find(Table, mapping => mapping.Exception.IsInstanceOfType(exception));
        return mapping?.Answer(exception);
    }

    /// <summary>
    /// Whether the exception is an expected outcome rather than a fault worth an error log: one of the
    /// table's, or a database that cannot serve (answered 503 and logged once when the outage began).
    /// </summary>
    public static bool IsExpected(Exception exception) => AnswerTo(exception) is not null || DatabaseOutage.IsOutage(exception);

    private static Mapping Map<TException>(Func<TException, ExpectedAnswer> answer)
        where TException : Exception => new(typeof(TException), exception => answer((TException)exception));

    private static ExpectedAnswer Invalid(IEnumerable<(string Field, string Message)> failures) =>
        new(StatusCodes.Status400BadRequest, InvalidRequestResponse.Detail, [.. failures]);

    private static string DescribeBadRequest(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than the {RequestLimits.MaxRequestBodyBytes / 1024} KiB this service accepts.",
        _ => "The request could not be read.",
    };

    private sealed record Mapping(Type Exception, Func<Exception, ExpectedAnswer> Answer);
}
