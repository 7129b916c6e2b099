using System.ComponentModel.DataAnnotations;

namespace CertStatus.Api.Contracts;

/// <summary>The body of POST /api/v1/certification-statuses.</summary>
/// <param name="MentorId">1–64 characters of A-Z a-z 0-9 . _ -, starting with a letter or digit; unique and case-sensitive.</param>
/// <param name="CertificationType">One of the configured types (by default peer_mentor_standard, peer_mentor_advanced).</param>
/// <param name="IssueDate">RFC 3339 date-time with an offset or Z.</param>
/// <param name="ExpiryDate">RFC 3339 date-time with an offset or Z; after issue_date.</param>
public sealed record CreateCertificationStatusRequest(
    [property: Required] string? MentorId,
    [property: Required] string? CertificationType,
    [property: Required] DateTimeOffset? IssueDate,
    [property: Required] DateTimeOffset? ExpiryDate);
