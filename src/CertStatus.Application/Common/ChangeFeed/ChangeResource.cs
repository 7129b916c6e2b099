namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>The resources the change feed reports (SPEC §6), each with the name it has on the wire and in the feed's table.</summary>
public enum ChangeResource
{
    CertificationStatus,
    CertificationRenewal,
}
