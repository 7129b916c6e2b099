namespace CertStatus.Application.Certifications;

/// <summary>How the resources of this area are named in messages.</summary>
internal static class CertificationResources
{
    public const string CertificationStatus = "certification status";
}
