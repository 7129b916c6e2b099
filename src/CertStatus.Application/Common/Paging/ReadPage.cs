namespace CertStatus.Application.Common.Paging;

/// <summary>The items of one window as the read side found them, how many match in all, and whether more follow.</summary>
public sealed record ReadPage<T>(IReadOnlyList<T> Items, int Total, bool HasMore);
