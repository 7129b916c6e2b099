using System.Text.Json;
using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>
/// The change feed's two operations through the generated client, against the real service; a
/// change's data comes as JSON, to be read as the type its resource names.
/// </summary>
public sealed class ChangesClientTests : ServiceFixture
{
    [Test]
    public async Task ListAsync_FromTheLatestToken_ReadsTheChangesMadeSince()
    {
        var token = (await Changes.LatestAsync()).Token;
        await CreateStatusAsync("mentor-001", PinnedNow.AddDays(30));
        var renewal = (await RenewAsync("mentor-001", PinnedNow.AddYears(1))).Result;

        var page = await Changes.ListAsync(token, limit: 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                page.Data.Select(change => (change.Resource, change.Id, change.Operation)),
                Is.EqualTo(new[]
                {
                    (ChangeResponseResource.CertificationStatus, "mentor-001", ChangeResponseOperation.Upsert),
                    (ChangeResponseResource.CertificationStatus, "mentor-001", ChangeResponseOperation.Upsert),
                    (ChangeResponseResource.CertificationRenewal, renewal.RenewalId, ChangeResponseOperation.Upsert),
                }));
            Assert.That(page.HasMore, Is.False);
            Assert.That(page.NextToken, Is.Not.EqualTo(token));
            var data = (JsonElement)page.Data[2].Data!;
            Assert.That(data.GetProperty("renewal_id").GetString(), Is.EqualTo(renewal.RenewalId));
        }
    }

    [Test]
    public void ListAsync_WithATokenNotIssued_ThrowsTheProblem()
    {
        var problem = Assert.ThrowsAsync<CertStatusApiException<CertStatusValidationProblemDetails>>(() => Changes.ListAsync("not-a-token"));

        Assert.That(problem!.StatusCode, Is.EqualTo(400));
        Assert.That(problem.Result.Errors!.Keys, Is.EqualTo(new[] { "since" }));
    }
}
