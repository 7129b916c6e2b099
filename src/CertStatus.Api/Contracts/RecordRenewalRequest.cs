using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Contracts;

/// <summary>The body of POST /api/v1/certification-renewals.</summary>
/// <param name="MentorId">The mentor whose certification is renewed; it must exist (else 422).</param>
/// <param name="RenewalDate">RFC 3339 date-time with an offset or Z; on or after the certification's issue_date.</param>
/// <param name="NewExpiryDate">RFC 3339 date-time; after renewal_date and after the expiry it replaces.</param>
/// <param name="ProcessedBy">Who processed the renewal: same character rules as mentor_id.</param>
/// <param name="Notes">Optional, at most 2000 characters.</param>
public sealed record RecordRenewalRequest(
    [property: Required] string? MentorId,
    [property: Required] DateTimeOffset? RenewalDate,
    [property: Required] DateTimeOffset? NewExpiryDate,
    [property: Required] string? ProcessedBy,
    string? Notes);
