using Mediator;

namespace CertStatus.Application.Certifications.CreateCertification;

/// <summary>Records a mentor's certification. Fields are nullable because callers may omit them; the validator insists.</summary>
public sealed record CreateCertificationCommand(
    string? MentorId,
    string? CertificationType,
    DateTimeOffset? IssueDate,
    DateTimeOffset? ExpiryDate) : ICommand<CertificationResponse>;
