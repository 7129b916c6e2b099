using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>
/// Pages far beyond the data are valid requests (SPEC §3: page ≥ 1, limit 1–100): they must be a
/// 200 with an empty page, never a 5xx and never some other page's items.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ExtremePagingTests(DatabaseProvider provider) : SeededApiFixture(provider)
{
    [TestCase(Routes.Statuses, 21_474_837, 100)]
    [TestCase(Routes.Renewals, 21_474_837, 100)]
    [TestCase(Routes.Statuses, int.MaxValue, 1)]
    [TestCase(Routes.Statuses, int.MaxValue, 100)]
    [TestCase(Routes.Renewals, int.MaxValue, 100)]
    [TestCase(Routes.AliasRenewals, 1_073_741_825, 2)]
    public async Task List_PageFarBeyondTheData_IsAnEmptyPage(string root, int page, int limit)
    {
        var response = await SendAsync(Get($"{root}?page={page}&limit={limit}"));

        Assert.That(response.Status, Is.EqualTo((int)HttpStatusCode.OK), response.Text);
        var body = JsonNode.Parse(response.Text)!;
        Assert.That(body["data"]!.AsArray(), Is.Empty, response.Text);
        Assert.That((int?)body["pagination"]!["page"], Is.EqualTo(page));
    }
}
