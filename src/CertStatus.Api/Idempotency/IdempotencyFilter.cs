using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CertStatus.Api.Idempotency;

/// <summary>
/// Safe retries of a POST that carries an <c>Idempotency-Key</c>. The key is claimed in the database
/// (shared by every replica) before the action runs, keyed by operation and key, together with a
/// hash of the body (<see cref="RequestFingerprint"/>). Then:
/// <list type="bullet">
/// <item>the first request runs; a 2xx or 4xx answer is stored and replayed (status, body,
/// Location, ETag, plus <c>Idempotent-Replayed: true</c>) to every repeat with the same body until
/// the key expires, without running again (<see cref="ClaimedRequestRunner"/>, <see cref="AnswerReplay"/>);</item>
/// <item>a 5xx, an unexpected exception, a cancelled request, or a 408/409/429 (answers about the
/// moment rather than the request) releases the key: a retry runs again;</item>
/// <item>a repeat while the first is still running gets 409 with <c>Retry-After</c>; it writes nothing;</item>
/// <item>the same key with a different body gets 422 and writes nothing (<see cref="IdempotencyRefusals"/>).</item>
/// </list>
/// Without the header the action runs as usual.
/// </summary>
internal sealed class IdempotencyFilter(
    IIdempotencyStore store,
    ProblemDetailsFactory problemDetailsFactory,
    DatabaseAvailability databaseAvailability,
    ILogger<IdempotencyFilter> logger) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var httpContext = context.HttpContext;
        if (!httpContext.Request.Headers.TryGetValue(IdempotencyKeyHeader.Name, out var values))
        {
            await next();
            return;
        }

        if (IdempotencyKeyHeader.Refusal(values) is { } refusal)
        {
            context.Result = IdempotencyRefusals.InvalidKey(httpContext, refusal);
            return;
        }

        var request = await RequestFingerprint.OfAsync(context, values[0]!);
        var claim = await store.ClaimAsync(request, httpContext.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Claimed:
                var bookkeeping = new IdempotencyBookkeeping(store, databaseAvailability, logger);
                await ClaimedRequestRunner.RunAndRememberAsync(httpContext, next, request, bookkeeping);
                return;
            case IdempotencyClaimOutcome.Replay:
                context.Result = AnswerReplay.Replay(httpContext, claim.Answer!);
                return;
            case IdempotencyClaimOutcome.InFlight:
                context.Result = IdempotencyRefusals.InFlight(problemDetailsFactory, httpContext);
                return;
            default:
                context.Result = IdempotencyRefusals.KeyReused(problemDetailsFactory, httpContext);
                return;
        }
    }
}
