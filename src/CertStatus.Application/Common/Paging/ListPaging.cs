namespace CertStatus.Application.Common.Paging;

/// <summary>The bounds of list paging (SPEC §3): pages from 1, up to 100 items each.</summary>
public static class ListPaging
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Items before a page; a page far past any list's end skips everything rather than wrapping round.</summary>
    public static int OffsetOf(int page, int limit) => (int)Math.Min((page - 1L) * limit, int.MaxValue);
}
