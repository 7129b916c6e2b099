using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Commits the scope's DbContext, in its turn among this process's writers (<see cref="WriterQueue"/>),
/// together with the change feed's record of what it changed (<see cref="ChangeOutbox"/>), and turns
/// the provider's conflict errors into the application's. What the aggregates recorded is handed on
/// (<see cref="CommittedEvents"/>) only once it has committed.
/// </summary>
internal sealed class UnitOfWork(CertStatusDbContext dbContext, WriterQueue writers, ChangeOutbox outbox, CommittedEvents committedEvents) : IUnitOfWork
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;
    private const int SqlServerForeignKeyConflict = 547;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var turn = await writers.WaitForTurnAsync(cancellationToken);
            var changes = PendingChange.In(dbContext.ChangeTracker);
            var recorded = dbContext.ChangeTracker.Entries<Certification>().SelectMany(entry => entry.Entity.TakeDomainEvents()).ToList();
            if (changes.Count == 0)
            {
                await dbContext.SaveChangesAsync(cancellationToken);
                committedEvents.Add(recorded);
                return;
            }

            // One transaction for the write and its changes. The changes are not accepted until it
            // has committed, so that the execution strategy (SQL Server's retries) can send the
            // whole of it again. A failure rolls the whole transaction back, so the savepoint EF Core
            // would set before saving inside it is a round trip for nothing.
            dbContext.Database.AutoSavepointsEnabled = false;
            await dbContext.Database.CreateExecutionStrategy().ExecuteAsync(
                (dbContext, outbox, changes),
                static async (_, state, cancellationToken) =>
                {
                    var (dbContext, outbox, changes) = state;
                    await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
                    await dbContext.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                    await outbox.AppendAsync(dbContext, changes, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return true;
                },
                verifySucceeded: null,
                cancellationToken);
            dbContext.ChangeTracker.AcceptAllChanges();
            committedEvents.Add(recorded);
        }
        catch (DbUpdateException exception) when (ApplicationExceptionFor(exception) is { } answered)
        {
            throw answered;
        }
    }

    public void DiscardChanges() => dbContext.ChangeTracker.Clear();

    /// <summary>
    /// The application's name for a failed save, from the provider's own error numbers, or null for
    /// a failure that is no lost race or duplicate (left to the service to answer).
    /// </summary>
    internal static Exception? ApplicationExceptionFor(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => new ConcurrencyConflictException(exception),
        _ when IsUniqueViolation(exception.InnerException) => new UniqueConstraintViolationException(exception),

        // A renewal inserted for a certification deleted since it was loaded. EF Core may send the
        // INSERT before the certification's UPDATE, so the foreign key, not the concurrency token,
        // is what notices: it is the same lost race, so it is retried and then answered as such (422).
        _ when IsForeignKeyViolation(exception.InnerException) => new ConcurrencyConflictException(exception),
        _ => null,
    };

    /// <summary>Whether the provider's error (a <see cref="DbUpdateException"/>'s inner exception) is a primary-key or unique-index violation.</summary>
    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        _ => false,
    };

    private static bool IsForeignKeyViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        SqlException sqlServer => sqlServer.Number == SqlServerForeignKeyConflict,
        _ => false,
    };
}
