using System.Net;
using System.Net.Http.Json;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

public sealed class LimitsTests
{
    [Test]
    public async Task RateLimiter_WhenConfigured_Answers429WithRetryAfterOnceTheClientsPermitsAreUsed()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task RateLimiter_ByDefault_IsOff()
    {
        using var api = OperationsApi.Start();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await api.Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Request_ThatOutlastsTheTimeLimit_IsEndedWith503AndRetryAfter()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["RequestTimeouts:Seconds"] = "1" }, slowEndpoint: true);

        using var response = await api.Client.GetAsync(new Uri("/test/slow", UriKind.Relative));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.That((string?)problem["detail"], Does.Contain("longer than this service allows"));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Request_ThatOutlastsTheTimeLimit_IsAnErrorInTheLog_UnlessTheDatabaseIsKnownToBeDown()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["RequestTimeouts:Seconds"] = "1" }, slowEndpoint: true);

        using (await api.Client.GetAsync(new Uri("/test/slow", UriKind.Relative)))
        {
        }

        api.Services.GetRequiredService<DatabaseAvailability>().ReportUnreachable("SQLite error 14 (test): unable to open database file");
        using (await api.Client.GetAsync(new Uri("/test/slow", UriKind.Relative)))
        {
        }

        var requestLines = await RequestLinesAsync(api, "/test/slow", count: 2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requestLines[0].Level, Is.EqualTo(LogEventLevel.Error), "a request that simply ran out of time is a fault");
            Assert.That(requestLines[1].Level, Is.EqualTo(LogEventLevel.Information), "the outage it met was logged once, when it began");
        }
    }

    /// <summary>
    /// Another process holds the database's write lock past SQLite's busy timeout: the write is
    /// refused with a 503 the caller may retry, and nothing is written.
    /// </summary>
    [Test]
    public async Task Write_WhenAnotherProcessHoldsTheWriteLock_Answers503WithRetryAfterAndWritesNothing()
    {
        using var api = OperationsApi.Start(busyTimeoutSeconds: 1);
        await using (var locker = new SqliteConnection($"Data Source={api.DatabaseFile}"))
        {
            await locker.OpenAsync();
            await using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            }

            using var response = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), new CertificationStatusBuilder().WithMentorId("mentor-locked").Build());

            await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        }

        using var afterwards = await api.Client.GetAsync(new Uri(Routes.Status("mentor-locked"), UriKind.Relative));
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    // The request line is written as the response completes, which may be just after the client has it.
    private static async Task<List<LogEvent>> RequestLinesAsync(OperationsApi api, string path, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = api.LogEvents
                .Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                    && e.Properties.TryGetValue("RequestPath", out var requestPath) && requestPath.ToString().Contains(path, StringComparison.Ordinal))
                .ToList();
            if (lines.Count >= count || attempt == 50)
            {
                return lines;
            }

            await Task.Delay(100);
        }
    }
}
