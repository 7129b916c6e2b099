namespace CertStatus.Api.Contracts;

/// <summary>The body of POST /api/v1/certification-statuses.</summary>
public sealed record CreateCertificationStatusRequest(
    string? MentorId,
    string? CertificationType,
    DateTimeOffset? IssueDate,
    DateTimeOffset? ExpiryDate);
