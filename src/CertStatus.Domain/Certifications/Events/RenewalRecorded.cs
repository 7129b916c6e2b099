using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications.Events;

/// <summary>A renewal of a mentor's certification was recorded.</summary>
public sealed record RenewalRecorded(string MentorId) : IDomainEvent
{
    // Get-only: an event says what happened and is never changed.
    public string MentorId { get; } = MentorId;
}
