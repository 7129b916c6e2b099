using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Controllers.Idempotency;

/// <summary>The API with its stored Idempotency-Keys forgotten before each test, and helpers to send and read keyed POSTs.</summary>
public abstract class IdempotencyFixture(DatabaseProvider provider) : ApiFixture(provider)
{
    protected const string HeaderName = "Idempotency-Key";
    protected const string Renewals = "/api/v1/certification-renewals";
    protected const string AliasRenewals = "/api/v1/certification-statuses/api/v1/certification-renewals";

    [SetUp]
    public async Task ForgetIdempotencyKeysAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().IdempotencyRecords.ExecuteDeleteAsync();
    }

    protected static string NewKey() => Guid.NewGuid().ToString();

    /// <summary>A valid renewal of a certification made with the builder's defaults.</summary>
    protected static JsonObject RenewalOf(string mentorId, string notes = "annual review") =>
        new RenewalBuilder(mentorId).RenewedAt("2026-03-20T00:00:00Z").ProcessedBy("admin-1").WithNotes(notes).Build();

    /// <summary>POSTs the body with the key sent exactly as given (each value as a header line of its own).</summary>
    protected async Task<Answer> PostWithKeyAsync(string path, JsonNode body, params string[] keys)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = Json(body) };
        foreach (var key in keys)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, key);
        }

        using var response = await Client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }

    protected Task<Answer> PostStatusAsync(CertificationStatusBuilder status, string key, string path = Routes.Statuses) =>
        PostWithKeyAsync(path, status.Build(), key);

    protected async Task<int> CountRenewalsAsync(string mentorId) =>
        (int)(await ListAsync($"mentor_id={mentorId}", Renewals))["pagination"]!["total"]!;
}

/// <summary>What a test compares between a request and its repeat.</summary>
public sealed record Answer(HttpStatusCode Status, string Body, string? MediaType, Uri? Location, string? ETag, bool Replayed, string? RetryAfter)
{
    public JsonObject Json => JsonNode.Parse(Body) as JsonObject ?? throw new AssertionException($"Expected a JSON object, got: {Body}");

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new Answer(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.Location,
            response.Headers.ETag?.ToString(),
            response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.SingleOrDefault() == "true",
            response.Headers.RetryAfter?.ToString());
    }

    /// <summary>Asserts an RFC 9457 problem of the given status (<see cref="Problems"/>) and returns it.</summary>
    public async Task<JsonObject> AssertProblemAsync(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(Status) { Content = new StringContent(Body, Encoding.UTF8, MediaType ?? "text/plain") };
        return await Problems.AssertProblemAsync(response, status);
    }

    /// <summary>The same answer, as a replay gives it: everything but the replay marker.</summary>
    public void AssertReplayedBy(Answer repeat)
    {
        ArgumentNullException.ThrowIfNull(repeat);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Replayed, Is.False, "the first answer is not a replay");
            Assert.That(repeat.Replayed, Is.True, "Idempotent-Replayed: true on the repeat");
            Assert.That(repeat.Status, Is.EqualTo(Status), repeat.Body);
            Assert.That(repeat.Body, Is.EqualTo(Body));
            Assert.That(repeat.MediaType, Is.EqualTo(MediaType));
            Assert.That(repeat.Location, Is.EqualTo(Location));
            Assert.That(repeat.ETag, Is.EqualTo(ETag));
        }
    }
}
