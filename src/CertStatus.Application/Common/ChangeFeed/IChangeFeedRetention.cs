namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>The change feed's clean-up: what the retention of <see cref="ChangeFeedOptions"/> deletes.</summary>
public interface IChangeFeedRetention
{
    /// <summary>Deletes the changes made before <paramref name="cutoff"/>, oldest first; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
