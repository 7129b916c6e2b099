using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Idempotency-Keys in the <c>idempotency_keys</c> table. The primary key (scope, key) is the claim:
/// of any number of requests racing with one key, on any replica, exactly one inserts the row; the
/// others insert nothing (SQLite: <c>ON CONFLICT DO NOTHING</c>; SQL Server: <c>WHERE NOT EXISTS</c>
/// under a key-range lock held to the end of the statement, so two claims cannot both find the key
/// free). Claiming, completing and releasing are single set-based statements that bypass the
/// change tracker, so they never re-send changes that the request's own unit of work failed to save.
/// </summary>
internal sealed class IdempotencyStore(
    CertStatusDbContext dbContext,
    WriterQueue writers,
    TimeProvider timeProvider,
    IOptions<IdempotencyOptions> options) : IIdempotencyStore
{
    // A key can vanish between the refused insert and the read (released or expired meanwhile);
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
                ? IdempotencyClaim.Replay(new StoredAnswer(statusCode, existing.ResponseBody ?? string.Empty, existing.Location, existing.ETag))
                : IdempotencyClaim.InFlight;
        }

        return IdempotencyClaim.InFlight;
    }

    public async Task CompleteAsync(IdempotentRequest request, StoredAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);

        var expiresAt = timeProvider.GetUtcNow() + options.Value.KeyLifetime;
        using var turn = await writers.WaitForTurnAsync(cancellationToken);
        await ThisClaim(request).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(r => r.StatusCode, answer.StatusCode)
                .SetProperty(r => r.ResponseBody, answer.Body)
                .SetProperty(r => r.Location, answer.Location)
                .SetProperty(r => r.ETag, answer.ETag)
                .SetProperty(r => r.ExpiresAt, expiresAt),
            cancellationToken);
    }

    public async Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var turn = await writers.WaitForTurnAsync(cancellationToken);
        await ThisClaim(request).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts the claim unless the key is taken, in one statement that reports which by the rows
    /// it inserted. A taken key is the expected answer to every retry, so it must not be an error
    /// the database raises (and EF Core logs); and the claim bypasses the change tracker, so it
    /// never rides along with the request's own changes.
    /// </summary>
    private async Task<bool> TryInsertClaimAsync(IdempotentRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The columns hold UTC date-times (UtcDateTimeConverter); raw SQL bypasses the converter.
        var createdAt = now.UtcDateTime;
        var expiresAt = (now + options.Value.InFlightTimeout).UtcDateTime;
        var inserted = dbContext.Database.IsSqlServer()
            ? await dbContext.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO [idempotency_keys] ([scope], [idempotency_key], [request_hash], [created_at], [expires_at])
                SELECT {request.Scope}, {request.Key}, {request.RequestHash}, {createdAt}, {expiresAt}
                WHERE NOT EXISTS (
                    SELECT 1 FROM [idempotency_keys] WITH (UPDLOCK, HOLDLOCK)
                    WHERE [scope] = {request.Scope} AND [idempotency_key] = {request.Key});
                """,
                cancellationToken)
            : await dbContext.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "idempotency_keys" ("scope", "idempotency_key", "request_hash", "created_at", "expires_at")
                VALUES ({request.Scope}, {request.Key}, {request.RequestHash}, {createdAt}, {expiresAt})
                ON CONFLICT ("scope", "idempotency_key") DO NOTHING;
                """,
                cancellationToken);
        return inserted == 1;
    }

    /// <summary>The claim this request holds: still without an answer, and made with the same body.</summary>
    private IQueryable<IdempotencyRecord> ThisClaim(IdempotentRequest request) =>
        dbContext.IdempotencyRecords.Where(r =>
            r.Scope == request.Scope && r.Key == request.Key && r.RequestHash == request.RequestHash && r.StatusCode == null);
}
