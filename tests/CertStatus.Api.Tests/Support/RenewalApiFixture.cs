using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Support;

/// <summary>The base of the renewal fixtures: <see cref="ApiFixture"/> plus helpers for /api/v1/certification-renewals.</summary>
public abstract class RenewalApiFixture(DatabaseProvider provider) : ApiFixture(provider)
{
    protected Task<HttpResponseMessage> PostAsync(RenewalBuilder renewal, string root = Routes.Renewals) => PostAsync(root, renewal.Build());

    /// <summary>Records a renewal through the API, asserting 201, and returns the representation it answered with.</summary>
    protected async Task<RenewalResource> RecordAsync(RenewalBuilder renewal)
    {
        using var response = await PostAsync(renewal);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return new RenewalResource(await ReadObjectAsync(response), ETagOf(response));
    }

    /// <summary>Records a renewal of <paramref name="mentorId"/> renewed at <paramref name="renewalDate"/> that now expires at <paramref name="newExpiryDate"/>.</summary>
    protected Task<RenewalResource> RecordAsync(string mentorId, string renewalDate, string newExpiryDate) =>
        RecordAsync(new RenewalBuilder(mentorId).RenewedAt(renewalDate).ExpiringAt(newExpiryDate));

    /// <summary>GETs one renewal, asserting 200.</summary>
    protected async Task<RenewalResource> GetRenewalAsync(string renewalId, string root = Routes.Renewals)
    {
        using var response = await GetAsync(Routes.Renewal(renewalId, root));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return new RenewalResource(await ReadObjectAsync(response), ETagOf(response));
    }

    /// <summary>GETs a page of renewals, asserting 200.</summary>
    protected Task<JsonObject> ListRenewalsAsync(string query = "", string root = Routes.Renewals) => ListAsync(query, root);

    /// <summary>How many renewals are stored, as the list reports it.</summary>
    protected async Task<int> CountRenewalsAsync() => (int)(await ListRenewalsAsync())["pagination"]!["total"]!;

    /// <summary>The renewal ids of a list page, in order.</summary>
    protected static string[] RenewalIds(JsonObject page) =>
        [.. page["data"]!.AsArray().Select(item => (string)item!["renewal_id"]!)];

    /// <summary>The number inside a renewal id (<c>renewal-0042</c> → 42).</summary>
    protected static long NumberOf(string renewalId) =>
        long.Parse(renewalId["renewal-".Length..], NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// Everything a renewal request could change: the mentor's whole status with its ETag, and every
    /// stored renewal. Two equal snapshots mean a refused request changed nothing.
    /// </summary>
    protected async Task<string> SnapshotAsync(string mentorId)
    {
        var status = await GetStatusAsync(mentorId);
        var renewals = await ListRenewalsAsync("limit=100");
        var eTags = new JsonArray();
        foreach (var renewalId in RenewalIds(renewals))
        {
            eTags.Add((await GetRenewalAsync(renewalId)).ETag);
        }

        return new JsonObject
        {
            ["status"] = status.Body.DeepClone(),
            ["status_etag"] = status.ETag,
            ["renewals"] = renewals.DeepClone(),
            ["renewal_etags"] = eTags,
        }.ToJsonString();
    }

    /// <summary>The dates of a status that renewals move, as "expiry_date | last_renewal_date | days_until_expiry".</summary>
    protected async Task<string> DatesOfAsync(string mentorId)
    {
        var body = (await GetStatusAsync(mentorId)).Body;
        return $"{(string?)body["expiry_date"]} | {(string?)body["last_renewal_date"]} | {(int?)body["days_until_expiry"]}";
    }

    /// <summary>A PUT body for a renewal; a member left null is left out.</summary>
    protected static JsonObject Correction(string? newExpiryDate = null, string? notes = null)
    {
        var body = new JsonObject();
        if (newExpiryDate is not null)
        {
            body["new_expiry_date"] = newExpiryDate;
        }

        if (notes is not null)
        {
            body["notes"] = notes;
        }

        return body;
    }
}

/// <summary>A single renewal answer: its body and its ETag header.</summary>
public sealed record RenewalResource(JsonObject Body, string? ETag)
{
    public string RenewalId => (string)Body["renewal_id"]!;

    public string? this[string field] => (string?)Body[field];
}
