namespace CertStatus.Client;

/// <summary>
/// One page of a walk through a list: its items, and the token that continues the walk right
/// after them (null after the last page). A caller that checkpoints stores the token once it has
/// processed the page, and resumes with <see cref="CertStatusPageable{T}.AsPages(string?, int?)"/>.
/// </summary>
public sealed class CertStatusPage<T>
{
    internal CertStatusPage(IReadOnlyList<T> values, string? continuationToken, int pageNumber, int total)
    {
        Values = values;
        ContinuationToken = continuationToken;
        PageNumber = pageNumber;
        Total = total;
    }

    /// <summary>The items of this page, in the list's order.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>The list's <c>next_cursor</c>: where the walk continues after this page; null when it is the last.</summary>
    public string? ContinuationToken { get; }

    /// <summary>The ordinal of this page in the walk (1 for the first).</summary>
    public int PageNumber { get; }

    /// <summary>How many items matched the walk's filters when this page was read.</summary>
    public int Total { get; }
}
