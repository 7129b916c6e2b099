namespace CertStatus.Application.Renewals.ListRenewals;

public sealed record RenewalListCriteria(string? MentorId, string? ProcessedBy, RenewalSortOrder Sort);
