using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// A change the unit of work is about to save, read from EF Core's change tracker before saving
/// (saving forgets the states): Added or Modified is an upsert, Deleted a delete. The entry is
/// kept, not the values, because a new renewal has its number only once the insert ran; until
/// the changes are accepted the number is in the entry, not yet in the entity.
/// </summary>
internal sealed record PendingChange(ChangeResource Resource, ChangeOperation Operation, EntityEntry Entry)
{
    /// <summary>The renewal's number as the database gave it (read from the entry: see the summary).</summary>
    public long RenewalNumber => (long)Entry.Property(nameof(Renewal.Number)).CurrentValue!;

    /// <summary>
    /// The changes of one commit in the order a consumer can apply them: renewals deleted before
    /// their certification changes or goes, certifications stored before their new renewals.
    /// </summary>
    public static List<PendingChange> In(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var renewalsDeleted = new List<PendingChange>();
        var certifications = new List<PendingChange>();
        var renewalsStored = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case Certification certification when OperationOf(entry.State) is { } operation:
                    if (operation == ChangeOperation.Delete && !entry.Collection(nameof(Certification.Renewals)).IsLoaded)
                    {
                        // The database would delete them by cascade, unseen: their tombstones would be missing.
                        throw new InvalidOperationException(
                            $"Certification '{certification.MentorId}' is deleted without its renewals loaded; load them so that each is recorded in the change feed.");
                    }

                    certifications.Add(new PendingChange(ChangeResource.CertificationStatus, operation, entry));
                    break;
                case Renewal renewal when OperationOf(entry.State) is { } operation:
                    (operation == ChangeOperation.Delete ? renewalsDeleted : renewalsStored)
                        .Add(new PendingChange(ChangeResource.CertificationRenewal, operation, entry));
                    break;
            }
        }

        renewalsDeleted.Sort(BySequence);
        renewalsStored.Sort(BySequence);
        return [.. renewalsDeleted, .. certifications, .. renewalsStored];
    }

    private static ChangeOperation? OperationOf(EntityState state) => state switch
    {
        EntityState.Added or EntityState.Modified => ChangeOperation.Upsert,
        EntityState.Deleted => ChangeOperation.Delete,
        _ => null,
    };

    private static int BySequence(PendingChange x, PendingChange y) =>
        ((Renewal)x.Entry.Entity).Sequence.CompareTo(((Renewal)y.Entry.Entity).Sequence);
}
