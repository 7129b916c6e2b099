namespace CertStatus.Api.Contracts;

/// <summary>The body of POST /api/v1/certification-renewals.</summary>
public sealed record RecordRenewalRequest(
    string? MentorId,
    DateTimeOffset? RenewalDate,
    DateTimeOffset? NewExpiryDate,
    string? ProcessedBy,
    string? Notes);
