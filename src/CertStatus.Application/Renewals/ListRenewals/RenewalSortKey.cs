namespace CertStatus.Application.Renewals.ListRenewals;

/// <summary>Where an item stands in every order a list of renewals has: its number alone, or its date then its number.</summary>
public sealed record RenewalSortKey(long Number, DateTimeOffset RenewalDate);
