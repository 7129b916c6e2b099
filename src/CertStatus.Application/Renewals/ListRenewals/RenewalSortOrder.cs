namespace CertStatus.Application.Renewals.ListRenewals;

public enum RenewalSortOrder
{
    RenewalId,
    RenewalDate,
    RenewalDateDescending,
}
