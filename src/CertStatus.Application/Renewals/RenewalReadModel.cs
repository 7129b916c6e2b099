namespace CertStatus.Application.Renewals;

/// <summary>A renewal as stored, read without the aggregate, in the order the read side selects its columns.</summary>
public sealed record RenewalReadModel(
    long Number,
    string MentorId,
    DateTimeOffset RenewalDate,
    DateTimeOffset NewExpiryDate,
    DateTimeOffset PreviousExpiryDate,
    string ProcessedBy,
    string? Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    Guid Version);
