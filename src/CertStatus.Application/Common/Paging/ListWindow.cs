namespace CertStatus.Application.Common.Paging;

/// <summary>
/// Which part of a list to read: up to <see cref="Limit"/> items, either after skipping
/// <see cref="Offset"/> of them (page mode) or right after the item whose sort key is
/// <see cref="After"/> (cursor mode, which costs the same at any depth).
/// </summary>
public sealed record ListWindow<TSortKey>(int Limit, int Offset, TSortKey? After)
    where TSortKey : class;

/// <summary>The two ways to ask for a <see cref="ListWindow{TSortKey}"/>.</summary>
public static class ListWindow
{
    public static ListWindow<TSortKey> AtPage<TSortKey>(int page, int limit)
        where TSortKey : class => new(limit, ListPaging.OffsetOf(page, limit), null);

    public static ListWindow<TSortKey> AfterItem<TSortKey>(TSortKey after, int limit)
        where TSortKey : class => new(limit, 0, after);
}
