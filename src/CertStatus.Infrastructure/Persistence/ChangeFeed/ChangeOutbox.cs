using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// Appends the changes of a commit to the feed's table, on the unit of work's connection and inside
/// its transaction, after the write itself was sent (so new renewals have their numbers): the write
/// and its changes commit together or not at all.
/// </summary>
internal sealed class ChangeOutbox(ChangeFeedStatements statements, TimeProvider clock)
{
    public async Task AppendAsync(DbContext dbContext, IReadOnlyList<PendingChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(changes);

        var changedAt = clock.GetUtcNow();
        foreach (var change in changes)
        {
            var upsert = change.Operation == ChangeOperation.Upsert;
            var (id, data) = change.Entry.Entity switch
            {
                Certification certification => (certification.MentorId, upsert ? ChangeSnapshots.Of(certification) : null),
                Renewal renewal => (RenewalIds.Format(change.RenewalNumber), upsert ? ChangeSnapshots.Of(renewal, change.RenewalNumber) : null),
                var other => throw new InvalidOperationException($"The change feed records no {other.GetType().Name}."),
            };
            await dbContext.Database.ExecuteSqlRawAsync(
                statements.Append,
                statements.AppendParameters(ChangeFeedNames.Of(change.Resource), id, ChangeFeedNames.Of(change.Operation), changedAt, data),
                cancellationToken);
        }
    }
}
