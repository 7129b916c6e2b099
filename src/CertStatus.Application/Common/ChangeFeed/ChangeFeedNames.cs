namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>
/// The names of resources and operations as SPEC §6 spells them. The feed's table stores these
/// same names, so a row reads as it will be answered.
/// </summary>
public static class ChangeFeedNames
{
    public const string CertificationStatus = "certification-status";
    public const string CertificationRenewal = "certification-renewal";
    public const string Upsert = "upsert";
    public const string Delete = "delete";

    public static string Of(ChangeResource resource) => resource switch
    {
        ChangeResource.CertificationStatus => CertificationStatus,
        ChangeResource.CertificationRenewal => CertificationRenewal,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, null),
    };

    public static string Of(ChangeOperation operation) => operation switch
    {
        ChangeOperation.Upsert => Upsert,
        ChangeOperation.Delete => Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    public static ChangeResource ResourceNamed(string name) => name switch
    {
        CertificationStatus => ChangeResource.CertificationStatus,
        CertificationRenewal => ChangeResource.CertificationRenewal,
        _ => throw new FormatException($"'{name}' is not a resource of the change feed."),
    };

    public static ChangeOperation OperationNamed(string name) => name switch
    {
        Upsert => ChangeOperation.Upsert,
        Delete => ChangeOperation.Delete,
        _ => throw new FormatException($"'{name}' is not an operation of the change feed."),
    };
}
