using CertStatus.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Idempotency-Keys in the <c>idempotency_keys</c> table. The primary key (scope, key) is the claim:
/// of any number of requests racing with one key, on any replica, exactly one insert succeeds.
/// Completing and releasing are single set-based statements that bypass the change tracker, so
/// they never re-send changes that the request's own unit of work failed to save.
/// </summary>
internal sealed class IdempotencyStore(
    CertStatusDbContext dbContext,
    WriterQueue writers,
    TimeProvider timeProvider,
    IOptions<IdempotencyOptions> options) : IIdempotencyStore
{
    // A key can vanish between the failed insert and the read (released or expired meanwhile);
    // then the claim is tried again, a few times at most.
    private const int MaxClaimAttempts = 3;

    public async Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        for (var attempt = 1; attempt <= MaxClaimAttempts; attempt++)
        {
            var now = timeProvider.GetUtcNow();
            using (await writers.WaitForTurnAsync(cancellationToken))
            {
                // The opportunistic sweep: expired keys (and abandoned claims) go as new ones arrive.
                await dbContext.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

                if (await TryInsertClaimAsync(request, now, cancellationToken))
                {
                    return IdempotencyClaim.Claimed;
                }
            }

            var existing = await dbContext.IdempotencyRecords
                .AsNoTracking()
                .SingleOrDefaultAsync(r => r.Scope == request.Scope && r.Key == request.Key && r.ExpiresAt > now, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (!string.Equals(existing.RequestHash, request.RequestHash, StringComparison.Ordinal))
            {
                return IdempotencyClaim.KeyReusedWithAnotherRequest;
            }

            return existing.StatusCode is { } statusCode
                ? IdempotencyClaim.Replay(new IdempotentResponse(statusCode, existing.ResponseBody ?? string.Empty, existing.Location, existing.ETag))
                : IdempotencyClaim.InFlight;
        }

        return IdempotencyClaim.InFlight;
    }

    public async Task CompleteAsync(IdempotentRequest request, IdempotentResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);

        var expiresAt = timeProvider.GetUtcNow() + options.Value.KeyLifetime;
        using var turn = await writers.WaitForTurnAsync(cancellationToken);
        await ThisClaim(request).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(r => r.StatusCode, response.StatusCode)
                .SetProperty(r => r.ResponseBody, response.Body)
                .SetProperty(r => r.Location, response.Location)
                .SetProperty(r => r.ETag, response.ETag)
                .SetProperty(r => r.ExpiresAt, expiresAt),
            cancellationToken);
    }

    public async Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var turn = await writers.WaitForTurnAsync(cancellationToken);
        await ThisClaim(request).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> TryInsertClaimAsync(IdempotentRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = new IdempotencyRecord
        {
            Scope = request.Scope,
            Key = request.Key,
            RequestHash = request.RequestHash,
            CreatedAt = now,
            ExpiresAt = now + options.Value.InFlightTimeout,
        };
        var entry = dbContext.IdempotencyRecords.Add(claim);
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UnitOfWork.IsUniqueViolation(exception.InnerException))
        {
            return false;
        }
        finally
        {
            // The request's own changes are saved later through the same context; the claim must not ride along.
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>The claim this request holds: still without an answer, and made with the same body.</summary>
    private IQueryable<IdempotencyRecord> ThisClaim(IdempotentRequest request) =>
        dbContext.IdempotencyRecords.Where(r =>
            r.Scope == request.Scope && r.Key == request.Key && r.RequestHash == request.RequestHash && r.StatusCode == null);
}
