using System.ComponentModel.DataAnnotations;
using CertStatus.Api.Contracts;
using CertStatus.Api.Http;
using CertStatus.Api.Idempotency;
using CertStatus.Api.OpenApi;
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
    private const string ETagDescription = "The stored version; send it back in If-Match to update or delete only that version.";
    private const string LocationDescription = "The address of the created resource.";
    private const string RetryAfterDescription = "Seconds to wait when a request with the same Idempotency-Key is still being handled.";
    private const string GetRouteName = "CertificationStatuses_Get";

    /// <summary>List all mentor certification statuses.</summary>
    /// <remarks>
    /// Pages by number (page, limit) or by cursor: every response's pagination.next_cursor fetches the
    /// items right after its last one (null after the last page). Send it as cursor with the same
    /// filters and sort to walk the whole list; each item that exists for the whole walk comes
    /// exactly once, and a page costs the same at any depth.
    /// </remarks>
    /// <param name="page">The 1-based page to return (default 1); not with cursor.</param>
    /// <param name="limit">Items per page, 1–100; may change between the pages of a walk.</param>
    /// <param name="certificationType">Only certifications of this type.</param>
    /// <param name="isExpired">Only expired (true) or only current (false) certifications.</param>
    /// <param name="expiringWithinDays">Only certifications not yet expired that expire within this many days.</param>
    /// <param name="sort">mentor_id (default), expiry_date or -expiry_date.</param>
    /// <param name="cursor">A pagination.next_cursor from this list with the same filters and sort: the page after it.</param>
    [HttpGet]
    [ProducesResponseType<ListCertificationsResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ListCertificationsResponse>> List(
        [FromQuery(Name = "page"), Range(1, int.MaxValue)] int? page = null,
        [FromQuery(Name = "limit"), Range(1, ListPaging.MaxLimit)] int limit = ListPaging.DefaultLimit,
        [FromQuery(Name = "certification_type")] string? certificationType = null,
        [FromQuery(Name = "is_expired")] bool? isExpired = null,
        [FromQuery(Name = "expiring_within_days"), Range(0, 36_500)] int? expiringWithinDays = null,
        [FromQuery(Name = "sort")] string? sort = null,
        [FromQuery(Name = "cursor")] string? cursor = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListCertificationsQuery(page, limit, certificationType, isExpired, expiringWithinDays, sort, cursor),
            cancellationToken);

    /// <summary>Get certification status for a specific mentor.</summary>
    /// <remarks>
    /// The whole representation, with is_expired and days_until_expiry computed at the moment of the
    /// request, and its ETag: send that back as If-Match to update or delete only the version you read.
    /// An unknown mentorId is a 404.
    /// </remarks>
    /// <param name="mentorId">The mentor id (case-sensitive).</param>
    [HttpGet("{mentorId}", Name = GetRouteName)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CertificationResponse>> Get(string mentorId, CancellationToken cancellationToken) =>
        this.OkWithETag(await sender.Send(new GetCertificationQuery(mentorId), cancellationToken));

    /// <summary>Create a new certification status record.</summary>
    /// <remarks>
    /// One status per mentor: a mentor_id that already has one is a 409. certification_type is one of
    /// the configured types and expiry_date must be after issue_date (else 400, naming the field).
    /// Answers 201 with the whole representation, its Location and its ETag.
    /// </remarks>
    [HttpPost]
    [Idempotent]
    [ResponseHeader(StatusCodes.Status201Created, "Location", LocationDescription)]
    [ResponseHeader(StatusCodes.Status201Created, "ETag", ETagDescription)]
    [ResponseHeader(StatusCodes.Status409Conflict, "Retry-After", RetryAfterDescription)]
    [Consumes("application/json")]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<CertificationResponse>> Create(
        CreateCertificationStatusRequest request,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateCertificationCommand(request.MentorId, request.CertificationType, request.IssueDate, request.ExpiryDate),
            cancellationToken);
        return this.CreatedWithETag(GetRouteName, new { mentorId = created.MentorId }, created);
    }

    /// <summary>Update certification expiry date.</summary>
    /// <remarks>
    /// Sets expiry_date (after issue_date) and records updated_reason with it. With If-Match, only if
    /// the stored version is still the one you read (else 412 and nothing changes). Answers the whole
    /// representation and its new ETag.
    /// </remarks>
    /// <param name="mentorId">The mentor id (case-sensitive).</param>
    /// <param name="ifMatch">Optional: the ETag of the version you read. If the stored version differs, nothing changes and the answer is 412.</param>
    [HttpPut("{mentorId}")]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)]
    [Consumes("application/json")]
    [ProducesResponseType<CertificationResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CertificationResponse>> UpdateExpiry(
        string mentorId,
        UpdateCertificationExpiryRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        this.OkWithETag(await sender.Send(
            new ChangeCertificationExpiryCommand(mentorId, request.ExpiryDate, request.UpdatedReason, IfMatchHeader.Parse(ifMatch)),
            cancellationToken));

    /// <summary>Remove a certification status record.</summary>
    /// <remarks>
    /// Removes the status and every renewal of the mentor in one transaction. With If-Match, only if
    /// the stored version is still the one you read (else 412 and nothing changes).
    /// </remarks>
    /// <param name="mentorId">The mentor id (case-sensitive).</param>
    /// <param name="ifMatch">Optional: the ETag of the version you read. If the stored version differs, nothing changes and the answer is 412.</param>
    [HttpDelete("{mentorId}")]
    [ProducesResponseType<DeleteCertificationResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeleteCertificationResponse>> Delete(
        string mentorId,
        [FromHeader(Name = "If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new DeleteCertificationCommand(mentorId, IfMatchHeader.Parse(ifMatch)), cancellationToken);
}
