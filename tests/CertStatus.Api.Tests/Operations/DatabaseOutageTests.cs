using System.Net;
using System.Net.Http.Json;
using CertStatus.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The database becomes unreachable for real: its folder is moved away (and pooled connections
/// closed), so SQLite cannot open the file. Requests must then answer 503 with Retry-After and
/// change nothing, readiness must fail, and everything must come back by itself with the folder.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly object Status = new
    {
        mentor_id = "mentor-outage",
        certification_type = "peer_mentor_standard",
        issue_date = "2026-01-01T00:00:00Z",
        expiry_date = "2028-01-01T00:00:00Z",
    };

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
}
