using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Events;

/// <summary>A certification was issued to a mentor.</summary>
public sealed record CertificationIssued(string MentorId) : IDomainEvent
{
    // Get-only: an event says what happened and is never changed.
    public string MentorId { get; } = MentorId;
}
