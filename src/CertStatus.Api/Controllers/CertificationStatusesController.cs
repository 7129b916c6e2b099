using CertStatus.Api.Contracts;
using CertStatus.Api.Http;
using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ChangeCertificationExpiry;
using CertStatus.Application.Certifications.CreateCertification;
using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Controllers;

/// <summary>Mentor certification statuses: one per mentor.</summary>
[ApiController]
[Route("api/v1/certification-statuses")]
public sealed class CertificationStatusesController(ISender sender) : ControllerBase
{
    private const string GetRouteName = "CertificationStatuses_Get";

    /// <summary>List all mentor certification statuses.</summary>
    [HttpGet]
    [ProducesResponseType<ListCertificationsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<ListCertificationsResponse>> List(
        [FromQuery(Name = "page")] int page = PageRequest.DefaultPage,
        [FromQuery(Name = "limit")] int limit = PageRequest.DefaultLimit,
        [FromQuery(Name = "certification_type")] string? certificationType = null,
        [FromQuery(Name = "is_expired")] bool? isExpired = null,
        [FromQuery(Name = "expiring_within_days")] int? expiringWithinDays = null,
        [FromQuery(Name = "sort")] string? sort = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListCertificationsQuery(page, limit, certificationType, isExpired, expiringWithinDays, sort),
            cancellationToken);

    /// <summary>Get certification status for a specific mentor.</summary>
    [HttpGet("{mentorId}", Name = GetRouteName)]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<CertificationResponse>> Get(string mentorId, CancellationToken cancellationToken) =>
        this.OkWithETag(await sender.Send(new GetCertificationQuery(mentorId), cancellationToken));

    /// <summary>Create a new certification status record.</summary>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<ActionResult<CertificationResponse>> Create(
        CreateCertificationStatusRequest request,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateCertificationCommand(request.MentorId, request.CertificationType, request.IssueDate, request.ExpiryDate),
            cancellationToken);
        Response.Headers.ETag = created.ETag;
        return CreatedAtRoute(GetRouteName, new { mentorId = created.MentorId }, created);
    }

    /// <summary>Update certification expiry date.</summary>
    [HttpPut("{mentorId}")]
    [Consumes("application/json")]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<ActionResult<CertificationResponse>> UpdateExpiry(
        string mentorId,
        UpdateCertificationExpiryRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CancellationToken cancellationToken) =>
        this.OkWithETag(await sender.Send(
            new ChangeCertificationExpiryCommand(mentorId, request.ExpiryDate, request.UpdatedReason, IfMatchHeader.Parse(ifMatch)),
            cancellationToken));

    /// <summary>Remove a certification status record.</summary>
    [HttpDelete("{mentorId}")]
    [ProducesResponseType<DeleteCertificationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<DeleteCertificationResponse>> Delete(
        string mentorId,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CancellationToken cancellationToken) =>
        await sender.Send(new DeleteCertificationCommand(mentorId, IfMatchHeader.Parse(ifMatch)), cancellationToken);
}
