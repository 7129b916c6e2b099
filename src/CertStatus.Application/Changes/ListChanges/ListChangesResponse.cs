namespace CertStatus.Application.Changes.ListChanges;

/// <summary>
/// A page of the feed: its changes, the token of the position after the last of them (the same
/// position when there were none), and whether more changes were already there.
/// </summary>
public sealed record ListChangesResponse(IReadOnlyList<ChangeResponse> Data, string NextToken, bool HasMore);
