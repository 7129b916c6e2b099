namespace CertStatus.Application.Common.Exceptions;

/// <summary>
/// A change token is positioned before changes the retention clean-up has deleted: following it
/// would skip them, so its consumer must resync from a new token (410).
/// </summary>
public sealed class ChangeTokenExpiredException(int retentionDays)
    : Exception(
        $"The changes after this token are no longer kept (changes are kept for {retentionDays} days). A full resync is needed: "
        + "take a new token from /api/v1/changes/latest, read the collections again, then follow the feed from that token.")
{
    public int RetentionDays { get; } = retentionDays;
}
