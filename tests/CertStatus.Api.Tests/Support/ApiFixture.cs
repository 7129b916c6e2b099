using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Api.Tests.Support;

/// <summary>
/// The base of every API fixture: the service on a database of the fixture's own (for the
/// provider given by <see cref="TestDatabases"/>), an empty database and a clock pinned to
/// <see cref="PinnedNow"/> at the start of every test, and helpers that speak HTTP to it.
/// </summary>
public abstract class ApiFixture(DatabaseProvider provider)
{
    /// <summary>The moment every test starts at; tests move the clock with <see cref="Clock"/>.</summary>
    public static readonly DateTimeOffset PinnedNow = TestService.PinnedNow;

    private TestService? _service;
    private HttpClient? _client;

    protected DatabaseProvider Provider { get; } = provider;

    protected FakeTimeProvider Clock { get; } = new(PinnedNow);

    protected HttpClient Client => _client ?? throw new InvalidOperationException("The API has not started.");

    protected CertStatusApiFactory Factory => _service?.Factory ?? throw new InvalidOperationException("The API has not started.");

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        // On Kestrel rather than the in-memory TestServer: the service's request limits (64 KiB
        // bodies → 413) are Kestrel's, and clients meet Kestrel.
        _service = await TestService.StartAsync(Provider, Clock, ConfigureFactory);
        _client = Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = Factory.ServerAddress });
    }

    /// <summary>Lets a fixture add settings or services (<see cref="CertStatusApiFactory.WithSetting"/>) before the server starts.</summary>
    protected virtual void ConfigureFactory(CertStatusApiFactory factory)
    {
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _client?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [SetUp]
    public async Task ResetAsync()
    {
        Clock.AdjustTime(PinnedNow);
        await Factory.DeleteAllDataAsync();
    }

    /// <summary>A PUT body: the new expiry date (as written) and the reason for the change.</summary>
    protected static JsonObject ExpiryChange(string expiryDate, string reason = "renewal_extension") =>
        new() { ["expiry_date"] = expiryDate, ["updated_reason"] = reason };

    protected static StringContent Json(JsonNode body) => Json(body.ToJsonString());

    protected static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    protected Task<HttpResponseMessage> PostAsync(string path, JsonNode body) => Client.PostAsync(new Uri(path, UriKind.Relative), Json(body));

    protected Task<HttpResponseMessage> PostAsync(CertificationStatusBuilder status, string path = Routes.Statuses) => PostAsync(path, status.Build());

    protected Task<HttpResponseMessage> PutAsync(string path, JsonNode body, string? ifMatch = null) =>
        SendAsync(HttpMethod.Put, path, Json(body), ifMatch);

    protected Task<HttpResponseMessage> DeleteAsync(string path, string? ifMatch = null) =>
        SendAsync(HttpMethod.Delete, path, content: null, ifMatch);

    protected Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (ifMatch is not null)
        {
            // Sent as given: weak, malformed and '*' values are part of what is tested.
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Creates a status through the API and returns the representation it answered with.</summary>
    protected async Task<StatusResource> CreateAsync(CertificationStatusBuilder status)
    {
        using var response = await PostAsync(status);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return new StatusResource(await ReadObjectAsync(response), ETagOf(response));
    }

    protected Task<StatusResource> CreateAsync(string mentorId) => CreateAsync(new CertificationStatusBuilder().WithMentorId(mentorId));

    /// <summary>Creates a status that expires at the given moment (issued a year before it).</summary>
    protected Task<StatusResource> CreateExpiringAtAsync(string mentorId, DateTimeOffset expiry) =>
        CreateAsync(new CertificationStatusBuilder().WithMentorId(mentorId).IssuedAt(expiry.AddYears(-1)).ExpiringAt(expiry));

    /// <summary>GETs one status, asserting 200.</summary>
    protected async Task<StatusResource> GetStatusAsync(string mentorId, string root = Routes.Statuses)
    {
        using var response = await GetAsync(Routes.Status(mentorId, root));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return new StatusResource(await ReadObjectAsync(response), ETagOf(response));
    }

    /// <summary>GETs a list page, asserting 200.</summary>
    protected async Task<JsonObject> ListAsync(string query = "", string root = Routes.Statuses)
    {
        using var response = await GetAsync(query.Length == 0 ? root : $"{root}?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadObjectAsync(response);
    }

    /// <summary>How many statuses are stored, as the list reports it.</summary>
    protected async Task<int> CountStatusesAsync() => (int)(await ListAsync())["pagination"]!["total"]!;

    /// <summary>The mentor ids of a list page, in order.</summary>
    protected static string[] MentorIds(JsonObject page) =>
        [.. page["data"]!.AsArray().Select(item => (string)item!["mentor_id"]!)];

    protected static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new AssertionException($"Expected a JSON object, got: {text}");
    }

    protected static string? ETagOf(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    /// <summary>Asserts an RFC 9457 problem of the given status and returns it.</summary>
    protected static Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status) =>
        Problems.AssertProblemAsync(response, status);

    /// <summary>Asserts a 400 problem whose <c>errors</c> name exactly the given fields, and returns those errors.</summary>
    protected static Task<JsonObject> AssertValidationProblemAsync(HttpResponseMessage response, params string[] fields) =>
        Problems.AssertValidationProblemAsync(response, fields);

    protected static MediaTypeHeaderValue MediaType(string value) => MediaTypeHeaderValue.Parse(value);
}

/// <summary>A single-resource answer: its body and its ETag header.</summary>
public sealed record StatusResource(JsonObject Body, string? ETag)
{
    public string MentorId => (string)Body["mentor_id"]!;

    public string? this[string field] => Body[field]?.ToJsonString();
}
