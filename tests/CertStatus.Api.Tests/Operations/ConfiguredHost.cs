using CertStatus.Api.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The real service's host as <c>Program</c> builds it, from appsettings.json with the given settings
/// on top, on a SQLite file of its own (unless the settings name another database), asked what its
/// start-up checks make of that configuration.
/// </summary>
public sealed class ConfiguredHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "certstatus-configuration-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;

    private ConfiguredHost(IReadOnlyDictionary<string, string?> settings, string environment)
    {
        _settings = settings;
        _environment = environment;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>
    /// The lines the service prints for a configuration it refuses, one per bad key, or none when it
    /// accepts it. <c>Program</c> runs the same checks before anything listens and exits on a failure,
    /// leaving its host built: they are run again here on that host.
    /// </summary>
    public static IReadOnlyList<string> StartupErrors(IReadOnlyDictionary<string, string?> settings, string environment = "Production")
    {
        using var host = new ConfiguredHost(settings, environment);
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (Exception exception) when (ConfigurationErrors.In(exception) is { Count: > 0 } errors)
        {
            return errors;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:CertStatus", new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "certstatus.db") }.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
