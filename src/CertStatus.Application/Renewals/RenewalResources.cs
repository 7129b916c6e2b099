namespace CertStatus.Application.Renewals;

/// <summary>How the resources of this area are named in messages.</summary>
internal static class RenewalResources
{
    public const string Renewal = "renewal";
}
