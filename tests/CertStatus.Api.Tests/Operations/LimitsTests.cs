using System.Net;
using System.Net.Http.Json;
using CertStatus.Api.Tests.Support;
using Microsoft.Data.Sqlite;

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

            using var response = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), new
            {
                mentor_id = "mentor-locked",
                certification_type = "peer_mentor_standard",
                issue_date = "2026-01-01T00:00:00Z",
                expiry_date = "2028-01-01T00:00:00Z",
            });

            await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        }

        using var afterwards = await api.Client.GetAsync(new Uri(Routes.Status("mentor-locked"), UriKind.Relative));
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
