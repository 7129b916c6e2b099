using System.Text;
using CertStatus.Api.Errors;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace CertStatus.Api.Idempotency;

/// <summary>Which answers are kept for their key, what is kept of one, and how it is sent again.</summary>
internal static class AnswerReplay
{
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    private const string JsonContentType = "application/json; charset=utf-8";
    private const string ProblemContentType = ProblemTypes.ContentType + "; charset=utf-8";

    /// <summary>
    /// Answers worth replaying: the request's own outcome. 408, 409 and 429 describe the moment
    /// (a timeout, a conflicting change, a rate limit), so a retry should run again.
    /// </summary>
    public static bool IsReplayable(int statusCode) =>
        statusCode is >= 200 and < 300 or >= 400 and < 500
        && statusCode is not (StatusCodes.Status408RequestTimeout or StatusCodes.Status409Conflict or StatusCodes.Status429TooManyRequests);

    /// <summary>The answer as it is about to be sent: status, the body written so far, Location and ETag.</summary>
    public static StoredAnswer Capture(HttpResponse response, MemoryStream body) => new(
        response.StatusCode,
        Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length),
        NullIfEmpty(response.Headers.Location),
        NullIfEmpty(response.Headers.ETag));

    /// <summary>The stored answer again, marked <c>Idempotent-Replayed: true</c>.</summary>
    public static ContentResult Replay(HttpContext httpContext, StoredAnswer stored)
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

    private static string? NullIfEmpty(StringValues value) =>
        string.IsNullOrEmpty(value) ? null : value.ToString();
}
