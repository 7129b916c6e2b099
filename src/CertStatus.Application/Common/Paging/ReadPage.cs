namespace CertStatus.Application.Common.Paging;

/// <summary>The items of one page as the read side found them, and how many match in all.</summary>
public sealed record ReadPage<T>(IReadOnlyList<T> Items, int Total);
