using System.Text.Json;
using System.Text.Json.Serialization;
using CertStatus.Application.Certifications;
using CertStatus.Application.Renewals;
using CertStatus.Domain.Certifications;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// A resource's stored fields as a change leaves them, kept in the change's <c>data</c> column as
/// JSON of the read model (the same fields a GET one reads from the row), so that an upsert in the
/// feed is never older than its change. Fields computed from the moment (is_expired,
/// days_until_expiry) are not stored: the feed computes them when it answers, as GET one does.
/// </summary>
internal static partial class ChangeSnapshots
{
    public static string Of(Certification certification) =>
        JsonSerializer.Serialize(
            new CertificationReadModel(
                certification.MentorId,
                certification.CertificationType,
                certification.IssueDate,
                certification.ExpiryDate,
                certification.LastRenewalDate,
                certification.UpdatedReason,
                certification.CreatedAt,
                certification.UpdatedAt,
                certification.Version),
            SnapshotJsonContext.Default.CertificationReadModel);

    /// <summary>The renewal's fields, with the number the database gave it (<paramref name="number"/>).</summary>
    public static string Of(Renewal renewal, long number) =>
        JsonSerializer.Serialize(
            new RenewalReadModel(
                number,
                renewal.MentorId,
                renewal.RenewalDate,
                renewal.NewExpiryDate,
                renewal.PreviousExpiryDate,
                renewal.ProcessedBy,
                renewal.Notes,
                renewal.CreatedAt,
                renewal.UpdatedAt,
                renewal.Version),
            SnapshotJsonContext.Default.RenewalReadModel);

    public static CertificationReadModel CertificationFrom(string json) =>
        JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.CertificationReadModel)
        ?? throw new JsonException("A certification snapshot is null.");

    public static RenewalReadModel RenewalFrom(string json) =>
        JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.RenewalReadModel)
        ?? throw new JsonException("A renewal snapshot is null.");

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(CertificationReadModel))]
    [JsonSerializable(typeof(RenewalReadModel))]
    private sealed partial class SnapshotJsonContext : JsonSerializerContext;
}
