using System.Text.Json.Serialization;

namespace CertStatus.Application.Certifications;

/// <summary>The whole representation of a certification status at a given moment.</summary>
public sealed record CertificationResponse(
    string MentorId,
    string CertificationType,
    DateTimeOffset IssueDate,
    DateTimeOffset ExpiryDate,
    bool IsExpired,
    int DaysUntilExpiry,
    DateTimeOffset LastRenewalDate,
    string? UpdatedReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The stored version, which the Api sends as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public Guid Version { get; init; }
}
