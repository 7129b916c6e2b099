namespace CertStatus.Application.Common.Paging;

/// <summary>A 1-based page of a list.</summary>
public sealed record PageRequest(int Page, int Limit)
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public int Offset => (Page - 1) * Limit;
}
