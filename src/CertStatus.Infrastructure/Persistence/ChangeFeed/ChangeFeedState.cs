namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// The feed's one row of state (<c>change_feed_state</c>, id 1): the highest position the retention
/// clean-up has deleted through. A token positioned before it has missed changes that are gone.
/// </summary>
internal sealed class ChangeFeedState
{
    public const int SingleRowId = 1;

    /// <summary>For EF Core, which never materialises one.</summary>
    private ChangeFeedState()
    {
    }

    public int Id { get; private set; }

    public long PrunedThrough { get; private set; }
}
