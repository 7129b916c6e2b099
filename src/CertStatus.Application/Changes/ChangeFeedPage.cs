namespace CertStatus.Application.Changes;

/// <summary>
/// Changes after a position as the read side found them, whether more were already there, and the
/// position the retention clean-up had deleted through when they were read.
/// </summary>
public sealed record ChangeFeedPage(IReadOnlyList<ChangeReadModel> Items, bool HasMore, long PrunedThrough);
