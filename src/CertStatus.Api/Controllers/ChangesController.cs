using System.ComponentModel.DataAnnotations;
using CertStatus.Api.Http;
using CertStatus.Application.Changes.GetLatestChangeToken;
using CertStatus.Application.Changes.ListChanges;
using CertStatus.Application.Common.ChangeFeed;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Controllers;

/// <summary>What changed since a checkpoint, deletions included, for services that keep a copy of certifications and renewals.</summary>
[ApiController]
[Route("api/v1/changes")]
public sealed class ChangesController(ISender sender) : ControllerBase
{
    /// <summary>Get a token for the position of the change feed now.</summary>
    /// <remarks>
    /// To start a copy: take this token, then read the collections, then follow the feed from the
    /// token with GET /api/v1/changes. Changes made while the collections were read come in the feed.
    /// The route takes no query parameter (400).
    /// </remarks>
    [HttpGet("latest")]
    [ProducesResponseType<ChangeTokenResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ChangeTokenResponse>> Latest(CancellationToken cancellationToken) =>
        await sender.Send(new GetLatestChangeTokenQuery(), cancellationToken);

    /// <summary>List the changes made after a token's position.</summary>
    /// <remarks>
    /// Oldest first, in the order their writes committed, at most limit of them: an upsert carries the
    /// resource as GET one answers it (as of that change or later), a delete carries null. Send
    /// next_token as since to read on; has_more says whether more changes were already there. A
    /// consumer that follows next_token never misses a change; it may see one again after a retry, so
    /// apply each by id (upsert or delete). A token positioned before changes the service no longer
    /// keeps is a 410: resync from a new token of /api/v1/changes/latest.
    /// </remarks>
    /// <param name="since">A token from /api/v1/changes/latest or the next_token of a page.</param>
    /// <param name="limit">Changes per page, 1–1000 (default 100).</param>
    [HttpGet]
    [ProducesResponseType<ListChangesResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status400BadRequest)]
    [ProducesProblem(StatusCodes.Status410Gone)]
    public async Task<ActionResult<ListChangesResponse>> List(
        [FromQuery(Name = "since"), BindRequired] string since,
        [FromQuery(Name = "limit"), Range(1, ChangeFeedPaging.MaxLimit)] int limit = ChangeFeedPaging.DefaultLimit,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListChangesQuery(since, limit), cancellationToken);
}
