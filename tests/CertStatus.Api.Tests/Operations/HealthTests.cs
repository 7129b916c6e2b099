using System.Net;
using System.Text.Json.Nodes;

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
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)body["status"], Is.EqualTo("Unhealthy"));
            Assert.That(body.ToJsonString(), Does.Contain("migration"));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
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

    private static async Task<JsonObject> HealthBodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
