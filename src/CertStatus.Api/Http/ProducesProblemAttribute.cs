using CertStatus.Api.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Http;

/// <summary>
/// A status the action answers with problem details: a 400 carries the invalid fields
/// (<see cref="ValidationProblemDetails"/>), every other status a plain <see cref="ProblemDetails"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ProducesProblemAttribute(int statusCode) : ProducesResponseTypeAttribute(
    statusCode == StatusCodes.Status400BadRequest ? typeof(ValidationProblemDetails) : typeof(ProblemDetails),
    statusCode,
    ProblemTypes.ContentType);
