using System.Net;
using CertStatus.Api.Tests.Support;
using Serilog.Events;

namespace CertStatus.Api.Tests.Security;

/// <summary>Authentication off (the default): every route is open, audit columns stay null, start-up warns.</summary>
public sealed class AuthenticationOffTests() : SecurityFixture(authentication: false)
{
    public static bool IsAuthenticationOffWarning(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Level == LogEventLevel.Warning
            && CapturingLogSink.SourceContextOf(logEvent) == "CertStatus.Api.Setup.AuthenticationSetup"
            && logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("unauthenticated", StringComparison.Ordinal);
    }

    [Test]
    public void StartUp_LogsOneWarningThatWritesAreUnauthenticated()
    {
        Assert.That(Logs.Events.Count(IsAuthenticationOffWarning), Is.EqualTo(1));
    }

    [Test]
    public async Task Writes_WithoutToken_AreAccepted()
    {
        var mentorId = await CreateAsAsync(token: null);

        using var put = await SendAsync(HttpMethod.Put, Routes.Status(mentorId), ExpiryChange("2028-01-01T00:00:00Z"), token: null);
        using var delete = await SendAsync(HttpMethod.Delete, Routes.Status(mentorId), body: null, token: null);

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Writes_WithAToken_IgnoreIt_AndRecordNoCaller()
    {
        var mentorId = await CreateAsAsync(TestTokens.WithScope(TestTokens.ReadWrite));

        Assert.That(await CertificationAuditAsync(mentorId), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public async Task CreateUpdateAndRenew_LeaveTheAuditColumnsNull()
    {
        var mentorId = await CreateAsAsync(token: null);
        using var put = await SendAsync(HttpMethod.Put, Routes.Status(mentorId), ExpiryChange("2028-01-01T00:00:00Z"), token: null);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var renewalId = await RenewAsAsync(token: null, mentorId);

        Assert.That(await CertificationAuditAsync(mentorId), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That(await RenewalAuditAsync(renewalId), Is.EqualTo(((string?)null, (string?)null)));
    }
}
