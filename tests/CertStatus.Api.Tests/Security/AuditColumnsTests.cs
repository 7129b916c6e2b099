using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Security;

/// <summary>With authentication on, every write records the caller in created_by / updated_by.</summary>
public sealed class AuditColumnsTests() : SecurityFixture(authentication: true)
{
    private static readonly string Creator = TestTokens.WithScope(TestTokens.ReadWrite, subject: "svc-creator");
    private static readonly string Updater = TestTokens.WithScope(TestTokens.ReadWrite, subject: "svc-updater");

    [Test]
    public async Task Create_RecordsTheCallerAsCreator()
    {
        var mentorId = await CreateAsAsync(Creator);

        Assert.That(await CertificationAuditAsync(mentorId), Is.EqualTo(("svc-creator", (string?)null)));
    }

    [Test]
    public async Task Update_RecordsTheCallerAsUpdater_AndKeepsTheCreator()
    {
        var mentorId = await CreateAsAsync(Creator);

        using var response = await SendAsync(HttpMethod.Put, Routes.Status(mentorId), ExpiryChange("2028-01-01T00:00:00Z"), Updater);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await CertificationAuditAsync(mentorId), Is.EqualTo(("svc-creator", "svc-updater")));
    }

    [Test]
    public async Task Renew_RecordsTheCallerOnTheRenewal_AndAsUpdaterOfTheCertification()
    {
        var mentorId = await CreateAsAsync(Creator);

        var renewalId = await RenewAsAsync(Updater, mentorId);

        Assert.That(await RenewalAuditAsync(renewalId), Is.EqualTo(("svc-updater", (string?)null)));
        Assert.That(await CertificationAuditAsync(mentorId), Is.EqualTo(("svc-creator", "svc-updater")));
    }

    [Test]
    public async Task CorrectRenewal_RecordsTheCallerAsUpdaterOfTheRenewal()
    {
        var mentorId = await CreateAsAsync(Creator);
        var renewalId = await RenewAsAsync(Creator, mentorId);

        using var response = await SendAsync(
            HttpMethod.Put, $"{RenewalsPath}/{renewalId}", new JsonObject { ["notes"] = "Corrected by the registrar." }, Updater);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await RenewalAuditAsync(renewalId), Is.EqualTo(("svc-creator", "svc-updater")));
    }

    [Test]
    public async Task Create_WithTokenWithoutSub_RecordsTheNameClaim()
    {
        var token = TestTokens.Mint(new Dictionary<string, object> { ["name"] = "Registrar Office", ["scope"] = TestTokens.ReadWrite });

        var mentorId = await CreateAsAsync(token);

        Assert.That((await CertificationAuditAsync(mentorId)).CreatedBy, Is.EqualTo("Registrar Office"));
    }

    [Test]
    public async Task Responses_DoNotExposeTheAuditColumns()
    {
        var mentorId = await CreateAsAsync(Creator);

        var status = await GetStatusAsync(mentorId);

        Assert.That(status.Body.ToJsonString(), Does.Not.Contain("svc-creator").And.Not.Contain("created_by"));
    }
}
