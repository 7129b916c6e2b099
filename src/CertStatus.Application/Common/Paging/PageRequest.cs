namespace CertStatus.Application.Common.Paging;

/// <summary>A 1-based page of a list.</summary>
public sealed record PageRequest(int Page, int Limit)
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Rows to skip; a page far past any list's end skips everything rather than wrapping round.</summary>
    public int Offset => (int)Math.Min((Page - 1L) * Limit, int.MaxValue);
}
