namespace CertStatus.Application.Certifications;

/// <summary>
/// A certification as stored, read without the aggregate: the columns of one row, in the order
/// the read side selects them. Computed fields are not stored; the mapper asks the domain rule.
/// </summary>
public sealed record CertificationReadModel(
    string MentorId,
    string CertificationType,
    DateTimeOffset IssueDate,
    DateTimeOffset ExpiryDate,
    DateTimeOffset LastRenewalDate,
    string? UpdatedReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid Version);
