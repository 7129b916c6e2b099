namespace CertStatus.Application.Common.Paging;

/// <summary>
/// Where a page sits in the whole list: its number (in cursor mode, its ordinal in the walk), its
/// size, how many items match in all, and the cursor of the page after it (null after the last).
/// </summary>
public sealed record Pagination(int Page, int Limit, int Total, string? NextCursor);
