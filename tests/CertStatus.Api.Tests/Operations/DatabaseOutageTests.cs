using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The database becomes unreachable for real: its folder is moved away (and pooled connections
/// closed), so SQLite cannot open the file. Requests must then answer 503 with Retry-After and
/// change nothing, readiness must fail, and everything must come back by itself with the folder.
/// The log says so once, with SQLite's own result code, and once more when it is over. A database
/// without the migrations is its own state: 503s that say so, and the missing migrations logged once.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly JsonObject Status = new CertificationStatusBuilder().WithMentorId("mentor-outage").Build();

    [Test]
    public async Task Requests_WhileTheDatabaseIsUnreachable_Answer503WithRetryAfterAndRecoverAfterwards()
    {
        using var api = OperationsApi.Start();
        var dataFolder = Path.GetDirectoryName(api.DatabaseFile)!;
        var movedAway = dataFolder + "-away";

        Directory.Move(dataFolder, movedAway);
        SqliteConnection.ClearAllPools();
        try
        {
            using var list = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
            using var create = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), Status);
            using var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            using var live = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

            await Problems.AssertProblemAsync(list, HttpStatusCode.ServiceUnavailable);
            await Problems.AssertProblemAsync(create, HttpStatusCode.ServiceUnavailable);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(list.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
                Assert.That(create.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }
        }
        finally
        {
            Directory.Move(movedAway, dataFolder);
        }

        using var readyAgain = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var listAgain = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
        using var createAgain = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), Status);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(readyAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(createAgain.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the write refused during the outage was not half-done");
        }
    }

    [Test]
    public async Task Outage_IsLoggedOnceWithItsCauseWhenItStarts_AndOnceWhenItEnds()
    {
        using var api = OperationsApi.Start();
        var dataFolder = Path.GetDirectoryName(api.DatabaseFile)!;
        var movedAway = dataFolder + "-away";
        api.Log.Clear();

        Directory.Move(dataFolder, movedAway);
        SqliteConnection.ClearAllPools();
        try
        {
            for (var round = 0; round < 3; round++)
            {
                await AssertUnavailableAsync(api, HttpMethod.Get, Routes.Statuses, body: null, key: null);
                await AssertUnavailableAsync(api, HttpMethod.Get, Routes.Status("mentor-outage"), body: null, key: null);
                await AssertUnavailableAsync(api, HttpMethod.Post, Routes.Statuses, Status, key: null);
                await AssertUnavailableAsync(api, HttpMethod.Post, Routes.Statuses, Status, key: $"key-{round}");
                (await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).Dispose();
            }
        }
        finally
        {
            Directory.Move(movedAway, dataFolder);
        }

        using var listAgain = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
        Assert.That(listAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var logged = api.LogEvents.Where(e => e.Level >= LogEventLevel.Information && !IsRequestLog(e)).ToList();
        var warnings = logged.Where(e => e.Level >= LogEventLevel.Warning).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(warnings.Select(Render).ToList(), Has.Count.EqualTo(1).And.All.StartsWith("Database unavailable, answering 503 until it answers again: SQLite result code 14, extended result code 14: "));
            Assert.That(logged.Select(Render), Has.Exactly(1).StartsWith("Database available again after "));
            Assert.That(api.LogEvents.Where(e => e.Exception is not null).Select(Render), Is.Empty, "no stack traces");
            Assert.That(api.LogEvents.Where(IsRequestLog).Select(e => e.Level), Is.All.EqualTo(LogEventLevel.Information), "the 503s are answers to a state already logged");
        }
    }

    [Test]
    public async Task Requests_OnADatabaseWithoutMigrations_Answer503SayingSo_AndTheLogNamesTheMissingMigrationsOnce()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, emptyDatabase: true);
        var migrations = AllMigrations(api);
        api.Log.Clear();

        for (var round = 0; round < 2; round++)
        {
            await AssertNotMigratedAsync(api, HttpMethod.Get, Routes.Statuses, body: null, key: null);
            await AssertNotMigratedAsync(api, HttpMethod.Get, Routes.Status("mentor-outage"), body: null, key: null);
            await AssertNotMigratedAsync(api, HttpMethod.Get, Routes.Renewals, body: null, key: null);
            await AssertNotMigratedAsync(api, HttpMethod.Post, Routes.Statuses, Status, key: null);
            await AssertNotMigratedAsync(api, HttpMethod.Post, Routes.Statuses, Status, key: $"key-{round}");
        }

        using var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var readiness = await ready.Content.ReadAsStringAsync();

        var warnings = api.LogEvents.Where(e => e.Level >= LogEventLevel.Warning).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(readiness, Does.Contain(string.Join(", ", migrations)), "ready names the pending migrations");
            Assert.That(warnings.Select(Render).ToList(), Has.Count.EqualTo(1).And.All.StartsWith("Database not migrated, answering 503 until its"));
            Assert.That(warnings.Select(PendingMigrations), Is.All.EqualTo(migrations), "as a list a log shipper can read");
            Assert.That(api.LogEvents.Where(e => e.Exception is not null).Select(Render), Is.Empty, "no stack traces");
        }

        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.MigrateAsync();
        }

        using var readyAgain = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var createAgain = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), Status);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(readyAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(createAgain.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(api.LogEvents.Select(Render), Has.Exactly(1).StartsWith("Database migrated, answering again after "));
        }
    }

    private static async Task AssertUnavailableAsync(OperationsApi api, HttpMethod method, string path, object? body, string? key)
    {
        using var response = await SendAsync(api, method, path, body, key);
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That((string?)problem["detail"], Does.Contain("cannot be reached"));
    }

    private static async Task AssertNotMigratedAsync(OperationsApi api, HttpMethod method, string path, object? body, string? key)
    {
        using var response = await SendAsync(api, method, path, body, key);
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That((string?)problem["detail"], Does.Contain("not been migrated"));
    }

    private static async Task<HttpResponseMessage> SendAsync(OperationsApi api, HttpMethod method, string path, object? body, string? key)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await api.Client.SendAsync(request);
    }

    private static List<string> AllMigrations(OperationsApi api)
    {
        using var scope = api.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.GetMigrations()];
    }

    private static string?[] PendingMigrations(LogEvent logEvent) =>
        logEvent.Properties.GetValueOrDefault("PendingMigrations") is SequenceValue pending
            ? [.. pending.Elements.Select(element => (element as ScalarValue)?.Value as string)]
            : [];

    private static bool IsRequestLog(LogEvent logEvent) => logEvent.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal);

    private static string Render(LogEvent logEvent) => logEvent.RenderMessage(CultureInfo.InvariantCulture);
}
