using CertStatus.Application.Changes;

namespace CertStatus.Application.Common.Reading;

/// <summary>The change feed's read side: positions and changes as the feed's table holds them, committed ones only.</summary>
public interface IChangeFeedReadStore
{
    /// <summary>The position of the feed now: every change at or before it has committed, every later one will come after it.</summary>
    Task<long> ReadLatestPositionAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> committed changes after <paramref name="after"/>, in commit order, and what the clean-up has deleted.</summary>
    Task<ChangeFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken);
}
