namespace CertStatus.Api.Contracts;

/// <summary>The body of PUT /api/v1/certification-statuses/{mentorId}.</summary>
public sealed record UpdateCertificationExpiryRequest(DateTimeOffset? ExpiryDate, string? UpdatedReason);
