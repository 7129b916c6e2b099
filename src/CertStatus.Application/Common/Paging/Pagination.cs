namespace CertStatus.Application.Common.Paging;

/// <summary>Where a page sits in the whole list: its number, its size and how many items match in all.</summary>
public sealed record Pagination(int Page, int Limit, int Total);
