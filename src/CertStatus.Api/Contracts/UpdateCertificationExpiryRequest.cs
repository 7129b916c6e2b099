using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Contracts;

/// <summary>The body of PUT /api/v1/certification-statuses/{mentorId}.</summary>
/// <param name="ExpiryDate">The new expiry: RFC 3339 date-time with an offset or Z; after issue_date.</param>
/// <param name="UpdatedReason">Why the expiry changes: 1–200 characters.</param>
public sealed record UpdateCertificationExpiryRequest(
    [property: Required] DateTimeOffset? ExpiryDate,
    [property: Required] string? UpdatedReason);
