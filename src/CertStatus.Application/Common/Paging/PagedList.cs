namespace CertStatus.Application.Common.Paging;

/// <summary>One page of a list and where it sits in the whole.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Data, Pagination Pagination);

public sealed record Pagination(int Page, int Limit, int Total);
