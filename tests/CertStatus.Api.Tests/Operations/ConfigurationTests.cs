using System.Net;
using System.Net.Http.Json;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Operations;

public sealed class ConfigurationTests
{
    [Test]
    public async Task CertificationTypes_AreTheConfiguredOnes()
    {
        using var api = OperationsApi.Start(new Dictionary<string, string?> { ["Certification:Types:0"] = "gold_mentor" });

        using var configured = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), Status("mentor-gold", "gold_mentor"));
        using var replaced = await api.Client.PostAsJsonAsync(new Uri(Routes.Statuses, UriKind.Relative), Status("mentor-standard", "peer_mentor_standard"));

        Assert.That(configured.StatusCode, Is.EqualTo(HttpStatusCode.Created), await configured.Content.ReadAsStringAsync());
        var errors = await Problems.AssertValidationProblemAsync(replaced, "certification_type");
        Assert.That((string?)errors["certification_type"]![0], Does.Contain("gold_mentor"), "the 400 lists the allowed values");
    }

    private static object Status(string mentorId, string type) => new
    {
        mentor_id = mentorId,
        certification_type = type,
        issue_date = "2026-01-01T00:00:00Z",
        expiry_date = "2028-01-01T00:00:00Z",
    };
}
