using System.ComponentModel.DataAnnotations;
using CertStatus.Api.Contracts;
using CertStatus.Api.Http;
using CertStatus.Api.Idempotency;
using CertStatus.Api.OpenApi;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.CorrectRenewal;
using CertStatus.Application.Renewals.DeleteRenewal;
using CertStatus.Application.Renewals.GetRenewal;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Application.Renewals.RenewCertification;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Controllers;

/// <summary>Renewals of mentor certifications; each one moves its certification's expiry date.</summary>
[ApiController]
[Route("api/v1/certification-renewals")]
public sealed class CertificationRenewalsController(ISender sender) : ControllerBase
{
    private const string ETagDescription = "The stored version; send it back in If-Match to update or delete only that version.";
    private const string LocationDescription = "The address of the created resource.";
    private const string RetryAfterDescription = "Seconds to wait when a request with the same Idempotency-Key is still being handled.";
    private const string GetRouteName = "CertificationRenewals_Get";

    /// <summary>List all certification renewal records.</summary>
    /// <remarks>
    /// Pages by number (page, limit) or by cursor: every response's pagination.next_cursor fetches the
    /// items right after its last one (null after the last page). Send it as cursor with the same
    /// filters and sort to walk the whole list; each item that exists for the whole walk comes
    /// exactly once, and a page costs the same at any depth.
    /// </remarks>
    /// <param name="page">The 1-based page to return (default 1); not with cursor.</param>
    /// <param name="limit">Items per page, 1–100; may change between the pages of a walk.</param>
    /// <param name="mentorId">Only the renewals of this mentor.</param>
    /// <param name="processedBy">Only the renewals processed by this person.</param>
    /// <param name="sort">renewal_id (default), renewal_date or -renewal_date.</param>
    /// <param name="cursor">A pagination.next_cursor from this list with the same filters and sort: the page after it.</param>
    [HttpGet]
    [ProducesResponseType<ListRenewalsResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ListRenewalsResponse>> List(
        [FromQuery(Name = "page"), Range(1, int.MaxValue)] int? page = null,
        [FromQuery(Name = "limit"), Range(1, ListPaging.MaxLimit)] int limit = ListPaging.DefaultLimit,
        [FromQuery(Name = "mentor_id")] string? mentorId = null,
        [FromQuery(Name = "processed_by")] string? processedBy = null,
        [FromQuery(Name = "sort")] string? sort = null,
        [FromQuery(Name = "cursor")] string? cursor = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListRenewalsQuery(page, limit, mentorId, processedBy, sort, cursor), cancellationToken);

    /// <summary>Get a specific renewal record.</summary>
    /// <remarks>
    /// The renewal record and its ETag: send that back as If-Match to update or delete only the version
    /// you read. An unknown renewalId is a 404.
    /// </remarks>
    /// <param name="renewalId">The renewal id, such as renewal-0042.</param>
    [HttpGet("{renewalId}", Name = GetRouteName)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)]
    [ProducesResponseType<RenewalResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RenewalResponse>> Get(string renewalId, CancellationToken cancellationToken) =>
        this.OkWithETag(await sender.Send(new GetRenewalQuery(renewalId), cancellationToken));

    /// <summary>Record a new certification renewal.</summary>
    /// <remarks>
    /// Sets the certification's expiry_date to new_expiry_date and its last_renewal_date to renewal_date,
    /// together with the new record. The mentor must have a certification status (else 422);
    /// renewal_date is on or after its issue_date, and new_expiry_date after renewal_date and after the
    /// expiry it replaces (kept as previous_expiry_date). Answers 201 with the record, its Location and
    /// its ETag.
    /// </remarks>
    [HttpPost]
    [Idempotent]
    [ResponseHeader(StatusCodes.Status201Created, "Location", LocationDescription)]
    [ResponseHeader(StatusCodes.Status201Created, "ETag", ETagDescription)]
    [ResponseHeader(StatusCodes.Status409Conflict, "Retry-After", RetryAfterDescription)]
    [Consumes("application/json")]
    [ProducesResponseType<RenewalResponse>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<RenewalResponse>> Create(RecordRenewalRequest request, CancellationToken cancellationToken)
    {
        var recorded = await sender.Send(
            new RenewCertificationCommand(request.MentorId, request.RenewalDate, request.NewExpiryDate, request.ProcessedBy, request.Notes),
            cancellationToken);
        return this.CreatedWithETag(GetRouteName, new { renewalId = recorded.RenewalId }, recorded);
    }

    /// <summary>Update a renewal record.</summary>
    /// <remarks>
    /// Corrects new_expiry_date, notes or both, under the same rules as when recorded. On the mentor's
    /// latest renewal the certification's expiry_date moves with it; on an older one only the record
    /// changes. With If-Match, only if the stored version is still the one you read (else 412 and
    /// nothing changes).
    /// </remarks>
    /// <param name="renewalId">The renewal id, such as renewal-0042.</param>
    /// <param name="ifMatch">Optional: the ETag of the version you read. If the stored version differs, nothing changes and the answer is 412.</param>
    [HttpPut("{renewalId}")]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)]
    [Consumes("application/json")]
    [ProducesResponseType<RenewalResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RenewalResponse>> Update(
        string renewalId,
        CorrectRenewalRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        this.OkWithETag(await sender.Send(
            new CorrectRenewalCommand(renewalId, request.NewExpiryDate, request.Notes, IfMatchHeader.Parse(ifMatch)),
            cancellationToken));

    /// <summary>Delete a renewal record.</summary>
    /// <remarks>
    /// Deleting the mentor's latest renewal restores the certification's expiry_date to the renewal's
    /// previous_expiry_date; deleting an older one removes only the record. With If-Match, only if the
    /// stored version is still the one you read (else 412 and nothing changes).
    /// </remarks>
    /// <param name="renewalId">The renewal id, such as renewal-0042.</param>
    /// <param name="ifMatch">Optional: the ETag of the version you read. If the stored version differs, nothing changes and the answer is 412.</param>
    [HttpDelete("{renewalId}")]
    [ProducesResponseType<DeleteRenewalResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeleteRenewalResponse>> Delete(
        string renewalId,
        [FromHeader(Name = "If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new DeleteRenewalCommand(renewalId, IfMatchHeader.Parse(ifMatch)), cancellationToken);
}
