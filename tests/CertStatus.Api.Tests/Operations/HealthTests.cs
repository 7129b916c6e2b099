using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

public sealed class HealthTests
{
    [Test]
    public async Task Live_WhenTheProcessRuns_IsHealthy()
    {
        using var api = OperationsApi.Start();

        using var response = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        var body = await HealthBodyAsync(response, HttpStatusCode.OK);
        Assert.That((string?)body["status"], Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_WhenTheDatabaseIsMigrated_IsHealthyAndSaysSo()
    {
        using var api = OperationsApi.Start();

        using var response = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = await HealthBodyAsync(response, HttpStatusCode.OK);
        var database = body["checks"]!.AsArray().Single(check => (string?)check!["name"] == "database")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)body["status"], Is.EqualTo("Healthy"));
            Assert.That((string?)database["status"], Is.EqualTo("Healthy"));
        }
    }

    [Test]
    public async Task Ready_WhenTheSchemaWasNotMigrated_IsUnhealthyWhileLiveStaysHealthy()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, emptyDatabase: true);

        using var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        var body = await HealthBodyAsync(ready, HttpStatusCode.ServiceUnavailable);
        var database = body["checks"]!.AsArray().Single(check => (string?)check!["name"] == "database")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)body["status"], Is.EqualTo("Unhealthy"));
            Assert.That((string?)database["description"], Does.Contain(string.Join(", ", AllMigrations(api))), "the pending migrations, named");
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Ready_WithSqlServerAndASqliteConnectionString_AnswersWithinThreeSeconds_AndTheLogSaysWhyOnce()
    {
        // SqlClient reads "Data Source=certstatus.db" as a server name, and keeps trying to connect for its whole Connect Timeout.
        using var api = OperationsApi.Start(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:CertStatus"] = "Data Source=certstatus.db",
        });

        var probes = new List<TimeSpan>();
        for (var probe = 0; probe < 2; probe++)
        {
            var started = Stopwatch.GetTimestamp();
            using var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            probes.Add(Stopwatch.GetElapsedTime(started));
            await HealthBodyAsync(ready, HttpStatusCode.ServiceUnavailable);
        }

        Assert.That(probes, Is.All.LessThan(TimeSpan.FromSeconds(3)));

        // The check goes on behind the probes and logs SqlClient's own error once, not the socket's "Success".
        var warning = await FirstWarningAsync(api, TimeSpan.FromSeconds(45));
        await TestContext.Out.WriteLineAsync(warning);
        (await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).Dispose();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(warning, Does.StartWith("Database unavailable, answering 503 until it answers again: SQL Server error ").And.Not.EndWith("Success"));
            Assert.That(api.LogEvents.Where(e => e.Level >= LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Database", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Ready_WhenTheDatabaseDoesNotExist_IsUnhealthy()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });

        using var ready = await api.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = await HealthBodyAsync(ready, HttpStatusCode.ServiceUnavailable);
        Assert.That(body.ToJsonString(), Does.Contain("cannot be reached"));
    }

    [Test]
    public async Task HealthProbes_AreNotRateLimited()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<string?> FirstWarningAsync(OperationsApi api, TimeSpan patience)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < patience)
        {
            if (api.LogEvents.FirstOrDefault(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Database", StringComparison.Ordinal)) is { } warning)
            {
                return warning.RenderMessage(CultureInfo.InvariantCulture);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return null;
    }

    private static List<string> AllMigrations(OperationsApi api)
    {
        using var scope = api.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.GetMigrations()];
    }

    private static async Task<JsonObject> HealthBodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
