using System.Net;
using System.Text.Json.Nodes;

namespace CertStatus.Api.Tests.Support;

/// <summary>Speaks to the change feed (SPEC §6) as a consumer does: takes the latest token and follows next_token.</summary>
public static class ChangeFeedReader
{
    public static async Task<string> LatestTokenAsync(HttpClient client, string root = Routes.Changes)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(Routes.LatestChange(root), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return (string)JsonNode.Parse(text)!["token"]!;
    }

    /// <summary>One page after <paramref name="token"/>, asserting 200.</summary>
    public static async Task<JsonObject> ReadPageAsync(HttpClient client, string token, int? limit = null, string root = Routes.Changes)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(Routes.ChangesSince(token, limit, root), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>Every change after <paramref name="token"/>, following next_token until has_more is false, and the token to go on from.</summary>
    public static async Task<(List<JsonObject> Changes, string Token)> ReadAllAsync(HttpClient client, string token, int limit = 100)
    {
        var changes = new List<JsonObject>();
        while (true)
        {
            var page = await ReadPageAsync(client, token, limit);
            changes.AddRange(page["data"]!.AsArray().Select(change => change!.AsObject()));
            token = (string)page["next_token"]!;
            if (!(bool)page["has_more"]!)
            {
                return (changes, token);
            }
        }
    }

    /// <summary>"resource id operation", the shape of a change without its data.</summary>
    public static string Describe(JsonObject change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change["resource"]} {change["id"]} {change["operation"]}";
    }
}
