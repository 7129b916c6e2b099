namespace CertStatus.Api.Tests.Support;

/// <summary>The canonical paths and the literal contract aliases (SPEC §1).</summary>
public static class Routes
{
    public const string Statuses = "/api/v1/certification-statuses";
    public const string AliasStatuses = "/api/v1/certification-statuses/api/v1/certification-statuses";

    public const string Renewals = "/api/v1/certification-renewals";
    public const string AliasRenewals = "/api/v1/certification-statuses/api/v1/certification-renewals";

    public const string Changes = "/api/v1/changes";
    public const string AliasChanges = "/api/v1/certification-statuses/api/v1/changes";

    public static string LatestChange(string root = Changes) => $"{root}/latest";

    public static string ChangesSince(string token, int? limit = null, string root = Changes) =>
        $"{root}?since={Uri.EscapeDataString(token)}{(limit is null ? string.Empty : $"&limit={limit}")}";

    public static string Status(string mentorId, string root = Statuses) => $"{root}/{Uri.EscapeDataString(mentorId)}";

    public static string Renewal(string renewalId, string root = Renewals) => $"{root}/{Uri.EscapeDataString(renewalId)}";
}
