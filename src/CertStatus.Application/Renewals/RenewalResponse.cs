using System.Text.Json.Serialization;

namespace CertStatus.Application.Renewals;

/// <summary>The whole representation of a renewal record.</summary>
public sealed record RenewalResponse(
    string RenewalId,
    string MentorId,
    DateTimeOffset RenewalDate,
    DateTimeOffset NewExpiryDate,
    DateTimeOffset PreviousExpiryDate,
    string ProcessedBy,
    string? Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The stored version, which the Api sends as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public Guid Version { get; init; }
}
