using System.Globalization;
using System.Text.Json.Nodes;

namespace CertStatus.Api.Tests.Support;

/// <summary>
/// A POST body with valid defaults: a unique mentor, the standard type, issued a year before
/// <see cref="ApiFixture.PinnedNow"/> and expiring a year after it. Dates are strings, sent as written.
/// </summary>
public sealed class CertificationStatusBuilder
{
    public const string DefaultType = "peer_mentor_standard";
    public const string DefaultIssueDate = "2025-03-26T00:00:00Z";
    public const string DefaultExpiryDate = "2027-03-26T00:00:00Z";

    private readonly JsonObject _body = new()
    {
        ["mentor_id"] = $"mentor-{Guid.NewGuid():N}",
        ["certification_type"] = DefaultType,
        ["issue_date"] = DefaultIssueDate,
        ["expiry_date"] = DefaultExpiryDate,
    };

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public CertificationStatusBuilder WithMentorId(string mentorId) => With("mentor_id", mentorId);

    public CertificationStatusBuilder WithType(string certificationType) => With("certification_type", certificationType);

    public CertificationStatusBuilder IssuedAt(string issueDate) => With("issue_date", issueDate);

    public CertificationStatusBuilder IssuedAt(DateTimeOffset issueDate) => IssuedAt(Format(issueDate));

    public CertificationStatusBuilder ExpiringAt(string expiryDate) => With("expiry_date", expiryDate);

    public CertificationStatusBuilder ExpiringAt(DateTimeOffset expiryDate) => ExpiringAt(Format(expiryDate));

    /// <summary>Sets any member, known or not, to any JSON value (null included).</summary>
    public CertificationStatusBuilder With(string member, JsonNode? value)
    {
        _body[member] = value;
        return this;
    }

    public CertificationStatusBuilder Without(string member)
    {
        _body.Remove(member);
        return this;
    }

    public JsonObject Build() => (JsonObject)_body.DeepClone();
}
