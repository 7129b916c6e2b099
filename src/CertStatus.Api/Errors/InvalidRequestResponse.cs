using System.Text.Json;
using System.Text.RegularExpressions;
using CertStatus.Api.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Errors;

/// <summary>
/// Turns what model binding rejected (unreadable JSON, unknown members, values of the wrong type)
/// into a 400 whose <c>errors</c> are keyed by the wire name of the field and whose messages never
/// reveal the service's internal type names.
/// </summary>
internal static partial class InvalidRequestResponse
{
    public const string Detail = "The request is not valid; 'errors' names each field to correct.";
    /// <summary>The field a problem names when it is about the body as a whole.</summary>
    internal const string BodyField = "body";

    public static IActionResult Create(ActionContext context)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                var (field, message) = Describe(key, error);
                modelState.AddModelError(field, message);
            }
        }

        return For(context.HttpContext, modelState);
    }

    /// <summary>The 400 validation problem for these field errors; every filter that refuses a request answers with it.</summary>
    public static BadRequestObjectResult For(HttpContext httpContext, ModelStateDictionary errors)
    {
        var factory = httpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(httpContext, errors, StatusCodes.Status400BadRequest, detail: Detail);
        return new BadRequestObjectResult(problem) { ContentTypes = { ProblemTypes.ContentType } };
    }

    private static (string Field, string Message) Describe(string key, ModelError error)
    {
        var field = FieldName(key);
        return error.Exception switch
        {
            InvalidDateTimeException date => (field, $"'{field}' {date.Message}."),
            JsonException json when UnmappedMember().Match(json.Message) is { Success: true } match =>
                (match.Groups["name"].Value, $"'{match.Groups["name"].Value}' is not a field of this request; unknown and computed fields cannot be set."),
            JsonException json when json.Message.Contains("uplicate", StringComparison.Ordinal) =>
                (field, $"'{field}' appears more than once in the request body."),
            JsonException when field == BodyField => (field, "The request body is not a well-formed JSON object."),
            JsonException => (field, $"'{field}' has a value of the wrong type, or the JSON around it is not well formed."),
            _ => (field, string.IsNullOrEmpty(error.ErrorMessage) ? $"'{field}' is not valid." : error.ErrorMessage),
        };
    }

    /// <summary>Model-binding keys are JSON paths (<c>$.issue_date</c>) or query names; callers know fields.</summary>
    private static string FieldName(string key)
    {
        var field = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        return field is "" or "$" ? BodyField : field;
    }

    [GeneratedRegex(@"^The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();
}
