using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// Normal traffic and the 4xx answers a client can provoke (invalid, missing, conflicting, stale,
/// refused media types, Idempotency-Key replays and races) are answers, not faults: through the
/// real pipeline none of them may log anything at Warning or above, from EF Core or anywhere.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class QuietLogTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string KeyHeader = "Idempotency-Key";
    private const int Racers = 8;

    private readonly CapturingLogSink _logs = new();

    protected override void ConfigureFactory(CertStatusApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);

        // The factory keeps every source at Warning: everything captured here is a Warning or worse.
        factory.WithServices(services => services.AddSingleton<ILogEventSink>(_logs));
    }

    [Test]
    public async Task NormalTrafficAnd4xxAnswers_LogNothingAtWarningOrAbove()
    {
        // Start-up logs what it logs (the Warning that authentication is off, for one); only traffic counts.
        _logs.Clear();
        var statuses = new List<HttpStatusCode>();

        await CreatesReadsAndListsAsync(statuses);
        await KeyedRepeatsAsync(statuses);
        await RenewalsAsync(statuses);
        await StaleAndMalformedRequestsAsync(statuses);
        await RacesAsync(statuses);

        Assert.That(statuses.Where(status => (int)status >= 500), Is.Empty, "the traffic was answered, not failed");
        var loud = _logs.Events.Where(e => e.Level >= LogEventLevel.Warning).Select(Describe).ToList();
        Assert.That(loud, Is.Empty, string.Join(Environment.NewLine + Environment.NewLine, loud));
    }

    private async Task CreatesReadsAndListsAsync(List<HttpStatusCode> statuses)
    {
        await CreateAsync("mentor-quiet-a");
        await ExpectAsync(statuses, HttpStatusCode.Conflict, PostAsync(new CertificationStatusBuilder().WithMentorId("mentor-quiet-a")));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PostAsync(new CertificationStatusBuilder().WithType("no_such_type")));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PostAsync(Routes.Statuses, new JsonObject { ["mentor_id"] = "bad id" }));
        await ExpectAsync(statuses, HttpStatusCode.OK, GetAsync(Routes.Status("mentor-quiet-a")));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, GetAsync(Routes.Status("mentor-nobody")));
        await ExpectAsync(statuses, HttpStatusCode.OK, GetAsync(Routes.Statuses));
        await ExpectAsync(statuses, HttpStatusCode.OK, GetAsync($"{Routes.Statuses}?certification_type=peer_mentor_standard&is_expired=false&expiring_within_days=3650&sort=-expiry_date&limit=1"));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, GetAsync($"{Routes.Statuses}?limit=0"));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, GetAsync($"{Routes.Statuses}?no_such_parameter=1"));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, GetAsync($"{Routes.Statuses}?cursor=not-a-cursor"));
        await ExpectAsync(statuses, HttpStatusCode.OK, GetAsync(Routes.Status("mentor-quiet-a", Routes.AliasStatuses)));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, GetAsync("/api/v1/no-such-resource"));
    }

    private async Task KeyedRepeatsAsync(List<HttpStatusCode> statuses)
    {
        var key = Guid.NewGuid().ToString();
        var body = new CertificationStatusBuilder().WithMentorId("mentor-quiet-keyed").Build();
        await ExpectAsync(statuses, HttpStatusCode.Created, PostWithKeyAsync(Routes.Statuses, body, key));

        // The SDK's retries: the same key and body, answered from the store.
        await ExpectAsync(statuses, HttpStatusCode.Created, PostWithKeyAsync(Routes.Statuses, body, key));
        await ExpectAsync(statuses, HttpStatusCode.Created, PostWithKeyAsync(Routes.Statuses, body, key));
        await ExpectAsync(statuses, HttpStatusCode.UnprocessableEntity, PostWithKeyAsync(Routes.Statuses, new CertificationStatusBuilder().Build(), key));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PostWithKeyAsync(Routes.Statuses, new CertificationStatusBuilder().Build(), new string('k', 201)));

        // A keyed 4xx is stored and replayed too.
        var refusedKey = Guid.NewGuid().ToString();
        var refused = new CertificationStatusBuilder().WithMentorId("mentor-quiet-keyed").Build();
        await ExpectAsync(statuses, HttpStatusCode.Conflict, PostWithKeyAsync(Routes.Statuses, refused, refusedKey));
        await ExpectAsync(statuses, HttpStatusCode.Conflict, PostWithKeyAsync(Routes.Statuses, refused, refusedKey));
    }

    private async Task RenewalsAsync(List<HttpStatusCode> statuses)
    {
        var key = Guid.NewGuid().ToString();
        var renewal = new RenewalBuilder("mentor-quiet-a").Build();
        await ExpectAsync(statuses, HttpStatusCode.Created, PostWithKeyAsync(Routes.Renewals, renewal, key));
        await ExpectAsync(statuses, HttpStatusCode.Created, PostWithKeyAsync(Routes.Renewals, renewal, key));
        await ExpectAsync(statuses, HttpStatusCode.UnprocessableEntity, PostAsync(new RenewalBuilder("mentor-nobody")));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PostAsync(new RenewalBuilder("mentor-quiet-a").ExpiringAt("2020-01-01T00:00:00Z")));

        var renewals = await ListRenewalsAsync("mentor_id=mentor-quiet-a");
        var renewalId = RenewalIds(renewals).Single();
        await ExpectAsync(statuses, HttpStatusCode.OK, GetAsync(Routes.Renewal(renewalId)));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, GetAsync(Routes.Renewal("renewal-999999")));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, GetAsync(Routes.Renewal("not-a-renewal")));

        var current = await GetRenewalAsync(renewalId);
        await ExpectAsync(statuses, HttpStatusCode.PreconditionFailed, PutAsync(Routes.Renewal(renewalId), new JsonObject { ["notes"] = "stale" }, "\"stale\""));
        await ExpectAsync(statuses, HttpStatusCode.OK, PutAsync(Routes.Renewal(renewalId), new JsonObject { ["notes"] = "corrected" }, current.ETag));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PutAsync(Routes.Renewal(renewalId), new JsonObject()));
        await ExpectAsync(statuses, HttpStatusCode.PreconditionFailed, DeleteAsync(Routes.Renewal(renewalId), "\"stale\""));
        await ExpectAsync(statuses, HttpStatusCode.OK, DeleteAsync(Routes.Renewal(renewalId)));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, DeleteAsync(Routes.Renewal(renewalId)));
    }

    private async Task StaleAndMalformedRequestsAsync(List<HttpStatusCode> statuses)
    {
        var status = await GetStatusAsync("mentor-quiet-a");
        var path = Routes.Status("mentor-quiet-a");
        await ExpectAsync(statuses, HttpStatusCode.PreconditionFailed, PutAsync(path, ExpiryChange("2029-01-01T00:00:00Z"), "\"stale\""));
        await ExpectAsync(statuses, HttpStatusCode.OK, PutAsync(path, ExpiryChange("2029-01-01T00:00:00Z"), status.ETag));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, PutAsync(path, ExpiryChange("not a date")));
        await ExpectAsync(statuses, HttpStatusCode.NotFound, PutAsync(Routes.Status("mentor-nobody"), ExpiryChange("2029-01-01T00:00:00Z")));
        await ExpectAsync(statuses, HttpStatusCode.BadRequest, Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), Json("{\"mentor_id\":")));
        await ExpectAsync(statuses, HttpStatusCode.UnsupportedMediaType, Client.PostAsync(
            new Uri(Routes.Statuses, UriKind.Relative),
            new StringContent("mentor_id=mentor-quiet-form", Encoding.UTF8, "text/plain")));
        await ExpectAsync(statuses, HttpStatusCode.RequestEntityTooLarge, Client.PostAsync(
            new Uri(Routes.Statuses, UriKind.Relative),
            Json(new JsonObject { ["mentor_id"] = new string('m', 70 * 1024) })));
        await ExpectAsync(statuses, HttpStatusCode.MethodNotAllowed, SendAsync(HttpMethod.Patch, path, Json(new JsonObject())));
        await ExpectAsync(statuses, HttpStatusCode.PreconditionFailed, DeleteAsync(path, "\"stale\""));
    }

    /// <summary>
    /// Races whose losers are answered 409 (or 422): simultaneous creates of one mentor, simultaneous
    /// repeats of one Idempotency-Key, simultaneous renewals of one mentor, and renewals racing the
    /// deletion of their mentor.
    /// </summary>
    private async Task RacesAsync(List<HttpStatusCode> statuses)
    {
        var create = new CertificationStatusBuilder().WithMentorId("mentor-quiet-race").Build();
        statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => StatusOfAsync(PostAsync(Routes.Statuses, create)))));

        var key = Guid.NewGuid().ToString();
        var keyed = new CertificationStatusBuilder().WithMentorId("mentor-quiet-race-keyed").Build();
        statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => StatusOfAsync(PostWithKeyAsync(Routes.Statuses, keyed, key)))));

        statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => StatusOfAsync(PostAsync(new RenewalBuilder("mentor-quiet-race")
            .RenewedAt(PinnedNow.AddHours(i))
            .ExpiringAt(PinnedNow.AddYears(3).AddDays(i)))))));

        var renewalsAndDelete = Enumerable.Range(0, Racers)
            .Select(i => StatusOfAsync(PostAsync(new RenewalBuilder("mentor-quiet-race-keyed")
                .RenewedAt(PinnedNow.AddHours(i))
                .ExpiringAt(PinnedNow.AddYears(3).AddDays(i)))))
            .Append(StatusOfAsync(DeleteAsync(Routes.Status("mentor-quiet-race-keyed"))));
        statuses.AddRange(await Task.WhenAll(renewalsAndDelete));

        TestContext.Out.WriteLine($"Race answers: {string.Join(", ", statuses.TakeLast(4 * Racers + 1).Select(s => (int)s))}");
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(string path, JsonNode body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = Json(body) };
        request.Headers.TryAddWithoutValidation(KeyHeader, key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return SendAndDisposeRequestAsync(request);
    }

    private async Task<HttpResponseMessage> SendAndDisposeRequestAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await Client.SendAsync(request);
        }
    }

    private static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return response.StatusCode;
    }

    private static async Task ExpectAsync(List<HttpStatusCode> statuses, HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        statuses.Add(response.StatusCode);
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    private static string Describe(LogEvent logEvent) => string.Create(
        CultureInfo.InvariantCulture,
        $"{logEvent.Level} {CapturingLogSink.SourceContextOf(logEvent)}: {logEvent.RenderMessage(CultureInfo.InvariantCulture)}{Environment.NewLine}{logEvent.Exception}");
}
