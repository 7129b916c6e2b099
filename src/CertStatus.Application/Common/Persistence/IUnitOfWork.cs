using CertStatus.Application.Common.Exceptions;

namespace CertStatus.Application.Common.Persistence;

/// <summary>Commits the changes of one use case atomically.</summary>
public interface IUnitOfWork
{
    /// <summary>Saves every change tracked in this scope in one transaction.</summary>
    /// <exception cref="ConcurrencyConflictException">Another request changed the same aggregate first.</exception>
    /// <exception cref="UniqueConstraintViolationException">A unique key was taken by another request first.</exception>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every change and loaded entity of this scope, so the next read sees the database afresh.</summary>
    void DiscardChanges();
}
