namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>The bounds of a page of the change feed (SPEC §6).</summary>
public static class ChangeFeedPaging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
