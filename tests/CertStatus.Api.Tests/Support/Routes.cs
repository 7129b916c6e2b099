namespace CertStatus.Api.Tests.Support;

/// <summary>The canonical paths and the literal contract aliases (SPEC §1).</summary>
public static class Routes
{
    public const string Statuses = "/api/v1/certification-statuses";
    public const string AliasStatuses = "/api/v1/certification-statuses/api/v1/certification-statuses";

    public static string Status(string mentorId, string root = Statuses) => $"{root}/{Uri.EscapeDataString(mentorId)}";
}
