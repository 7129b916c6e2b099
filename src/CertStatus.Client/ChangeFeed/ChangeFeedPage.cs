namespace CertStatus.Client;

/// <summary>
/// One page of the change feed: its changes, oldest first, and the token to store once they are
/// applied, from which the next read continues.
/// </summary>
public sealed class ChangeFeedPage
{
    internal ChangeFeedPage(IReadOnlyList<CertStatusChange> changes, string nextToken, bool hasMore)
    {
        Changes = changes;
        NextToken = nextToken;
        HasMore = hasMore;
    }

    /// <summary>The changes made after the position the page was read from, in the order their writes committed.</summary>
    public IReadOnlyList<CertStatusChange> Changes { get; }

    /// <summary>The position after these changes (the same position when there were none): store it after applying them.</summary>
    public string NextToken { get; }

    /// <summary>Whether more changes were already there when the page was read.</summary>
    public bool HasMore { get; }
}
