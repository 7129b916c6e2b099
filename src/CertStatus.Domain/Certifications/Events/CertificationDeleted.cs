using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Events;

/// <summary>A certification was deleted, with its renewals.</summary>
public sealed record CertificationDeleted(string MentorId) : IDomainEvent
{
    // Get-only: an event says what happened and is never changed.
    public string MentorId { get; } = MentorId;
}
