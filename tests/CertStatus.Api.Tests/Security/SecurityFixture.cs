using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CertStatus.Api.Tests.Security;

/// <summary>
/// The service on SQLite with authentication on (a symmetric signing key, audience and issuer of
/// <see cref="TestTokens"/>) or off, its log events captured, and helpers to call it with a token
/// and to read the audit columns straight from the database file.
/// </summary>
public abstract class SecurityFixture(bool authentication, bool requireForReads = false) : ApiFixture(DatabaseProvider.Sqlite)
{
    public const string RenewalsPath = "/api/v1/certification-renewals";

    protected CapturingLogSink Logs { get; } = new();

    protected override void ConfigureFactory(CertStatusApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (authentication)
        {
            factory.WithSetting("Authentication:SigningKey", TestTokens.SigningKey)
                .WithSetting("Authentication:Audience", TestTokens.Audience)
                .WithSetting("Authentication:Issuer", TestTokens.Issuer)
                .WithSetting("Authentication:RequireForReads", requireForReads ? "true" : "false");
        }

        // The request log is written at Information; keep the rest of the service at Warning.
        factory.WithSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information")
            .WithServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : Json(body),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Creates a status as the given caller, asserting 201, and returns its mentor id.</summary>
    protected async Task<string> CreateAsAsync(string? token, string? mentorId = null)
    {
        var status = new CertificationStatusBuilder();
        if (mentorId is not null)
        {
            status.WithMentorId(mentorId);
        }

        var body = status.Build();
        using var response = await SendAsync(HttpMethod.Post, Routes.Statuses, body, token);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (string)body["mentor_id"]!;
    }

    /// <summary>Records a renewal as the given caller, asserting 201, and returns the renewal's number in the database.</summary>
    protected async Task<string> RenewAsAsync(string? token, string mentorId)
    {
        var body = new RenewalBuilder(mentorId).RenewedAt("2026-03-01T00:00:00Z").ProcessedBy("admin-7").Build();
        using var response = await SendAsync(HttpMethod.Post, RenewalsPath, body, token);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (string)(await ReadObjectAsync(response))["renewal_id"]!;
    }

    /// <summary>The <c>created_by</c> and <c>updated_by</c> columns of a certification, read with plain SQL.</summary>
    protected Task<(string? CreatedBy, string? UpdatedBy)> CertificationAuditAsync(string mentorId) =>
        AuditColumnsAsync("SELECT created_by, updated_by FROM certifications WHERE mentor_id = $key", mentorId);

    /// <summary>The audit columns of a renewal, by its number (<c>renewal-0042</c> → 42).</summary>
    protected Task<(string? CreatedBy, string? UpdatedBy)> RenewalAuditAsync(string renewalId) =>
        AuditColumnsAsync(
            "SELECT created_by, updated_by FROM certification_renewals WHERE renewal_number = $key",
            long.Parse(renewalId["renewal-".Length..], System.Globalization.CultureInfo.InvariantCulture));

    private async Task<(string? CreatedBy, string? UpdatedBy)> AuditColumnsAsync(string sql, object key)
    {
        var connectionString = Factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, $"no row for {key}");
        return (
            await reader.IsDBNullAsync(0) ? null : reader.GetString(0),
            await reader.IsDBNullAsync(1) ? null : reader.GetString(1));
    }
}
