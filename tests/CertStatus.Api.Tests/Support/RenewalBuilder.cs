using System.Text.Json.Nodes;

namespace CertStatus.Api.Tests.Support;

/// <summary>
/// A POST body for a renewal with valid defaults for a status made by <see cref="CertificationStatusBuilder"/>:
/// renewed at <see cref="ApiFixture.PinnedNow"/> by <see cref="DefaultProcessedBy"/>, extending the default
/// expiry by a year. Dates are strings, sent as written.
/// </summary>
public sealed class RenewalBuilder
{
    public const string DefaultRenewalDate = "2026-03-26T00:00:00Z";
    public const string DefaultNewExpiryDate = "2028-03-26T00:00:00Z";
    public const string DefaultProcessedBy = "admin-001";

    private readonly JsonObject _body;

    public RenewalBuilder(string mentorId)
    {
        _body = new JsonObject
        {
            ["mentor_id"] = mentorId,
            ["renewal_date"] = DefaultRenewalDate,
            ["new_expiry_date"] = DefaultNewExpiryDate,
            ["processed_by"] = DefaultProcessedBy,
        };
    }

    public RenewalBuilder RenewedAt(string renewalDate) => With("renewal_date", renewalDate);

    public RenewalBuilder RenewedAt(DateTimeOffset renewalDate) => RenewedAt(CertificationStatusBuilder.Format(renewalDate));

    public RenewalBuilder ExpiringAt(string newExpiryDate) => With("new_expiry_date", newExpiryDate);

    public RenewalBuilder ExpiringAt(DateTimeOffset newExpiryDate) => ExpiringAt(CertificationStatusBuilder.Format(newExpiryDate));

    public RenewalBuilder ProcessedBy(string processedBy) => With("processed_by", processedBy);

    public RenewalBuilder WithNotes(string? notes) => With("notes", notes);

    /// <summary>Sets any member, known or not, to any JSON value (null included).</summary>
    public RenewalBuilder With(string member, JsonNode? value)
    {
        _body[member] = value;
        return this;
    }

    public RenewalBuilder Without(string member)
    {
        _body.Remove(member);
        return this;
    }

    public JsonObject Build() => (JsonObject)_body.DeepClone();
}
