using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>
/// Every row of <see cref="HostileRequests"/> through the real HTTP pipeline, against a database
/// seeded once: each gets a 4xx problem (never a 5xx, never a 2xx) and leaves every stored row
/// exactly as it was — checked after each request (so a failure names the request that wrote), and
/// once more for the whole table sent in one run, against the seeded snapshot taken before it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
[NonParallelizable]
public sealed class HostileRequestTests(DatabaseProvider provider) : SeededApiFixture(provider)
{
    [Test]
    [Order(0)]
    public void Table_HasAtLeast150Cases_OverEveryRoute()
    {
        var cases = HostileRequests.All.ToList();
        var routes = cases.Select(hostile => RouteOf(hostile.Request)).Distinct().ToList();

        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(150));
        Assert.That(
            routes,
            Is.SupersetOf(new[]
            {
                "GET statuses", "GET status", "POST statuses", "PUT status", "DELETE status",
                "GET renewals", "GET renewal", "POST renewals", "PUT renewal", "DELETE renewal",
            }));
    }

    [TestCaseSource(typeof(HostileRequests), nameof(HostileRequests.Cases))]
    [Order(1)]
    public async Task HostileRequest_IsRefusedWithA4xxProblem_AndChangesNothing(HostileCase hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        var before = await SnapshotAsync();

        var response = await SendAsync(hostile.Request);

        Assert.That(response.Status, Is.InRange(400, 499), $"{hostile}\n→ {response.Status} {response.Text}");
        if (hostile.Status is { } status)
        {
            Assert.That(response.Status, Is.EqualTo(status), $"{hostile}\n→ {response.Text}");
        }

        if (hostile.Refusal == Refusal.Problem)
        {
            using var message = response.ToResponseMessage();
            await Problems.AssertProblemAsync(message, message.StatusCode);
        }

        Assert.That((await SnapshotAsync()).Text, Is.EqualTo(before.Text), $"{hostile} changed the database");
    }

    /// <summary>Sends the whole table itself, so that it compares something when it runs alone too.</summary>
    [Test]
    [Order(2)]
    public async Task Database_AfterTheWholeTable_IsExactlyAsBefore()
    {
        var before = await SnapshotAsync();
        Assert.That((before.Certifications.Count, before.Renewals.Count), Is.EqualTo((2, 2)), "the seed is there to be compared");

        foreach (var hostile in HostileRequests.All)
        {
            await SendAsync(hostile.Request);
        }

        Assert.That((await SnapshotAsync()).Text, Is.EqualTo(before.Text));
    }

    /// <summary>Which of the ten routes (SPEC §1) a request aims at, canonical or alias.</summary>
    private static string RouteOf(RawRequest request)
    {
        var path = request.Target.Split('?')[0].Replace(Routes.AliasStatuses, Routes.Statuses, StringComparison.Ordinal)
            .Replace(Routes.AliasRenewals, Routes.Renewals, StringComparison.Ordinal);
        var collection = path.StartsWith(Routes.Renewals, StringComparison.Ordinal) ? "renewal" : "status";
        var plural = collection == "renewal" ? "renewals" : "statuses";
        var root = collection == "renewal" ? Routes.Renewals : Routes.Statuses;
        return path == root ? $"{request.Method} {plural}" : $"{request.Method} {collection}";
    }
}
