using CertStatus.Application.Common.Security;
using CertStatus.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Records who wrote each audited row (<see cref="AuditColumns"/>): <c>created_by</c> when a row is
/// inserted, <c>updated_by</c> whenever it changes afterwards. Anonymous writes — every write while
/// authentication is off — record <see langword="null"/>, so the columns never claim an identity
/// that was not checked. Deletes need no stamp: the row is gone.
/// </summary>
internal sealed class AuditColumnsInterceptor(ICurrentCaller? caller) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? dbContext)
    {
        if (dbContext is null)
        {
            return;
        }

        var callerId = Fit(caller?.Id);

        // Entries() detects changes first, so aggregates changed through their methods show as Modified.
        foreach (var entry in dbContext.ChangeTracker.Entries())
        {
            if (entry.Metadata.FindProperty(AuditColumns.CreatedBy) is null)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Property(AuditColumns.CreatedBy).CurrentValue = callerId;
                    break;
                case EntityState.Modified:
                    entry.Property(AuditColumns.UpdatedBy).CurrentValue = callerId;
                    break;
            }
        }
    }

    // An identity longer than the column would fail the write on SQL Server; the prefix still names the caller.
    private static string? Fit(string? callerId) =>
        callerId is { Length: > AuditColumns.MaxLength } ? callerId[..AuditColumns.MaxLength] : callerId;
}
