using CertStatus.Infrastructure.Persistence;
using CertStatus.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertStatus.Testing.Hosting;

/// <summary>
/// The real service, on the given test database and reading time from the given clock: the one host
/// every suite runs it in, in-process (<see cref="WebApplicationFactory{TEntryPoint}.Server"/>) or on
/// Kestrel (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>), with settings and services
/// of a fixture's own laid over the service's.
/// </summary>
public sealed class CertStatusApiFactory(TestDatabase database, TimeProvider clock) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _extraSettings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _extraServices = [];

    /// <summary>Where Kestrel listens, once the server has started.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>A configuration setting applied after (and so over) the defaults; set before the server starts.</summary>
    public CertStatusApiFactory WithSetting(string key, string? value)
    {
        _extraSettings[key] = value;
        return this;
    }

    /// <summary>Services registered after the service's own (and the clock); set before the server starts.</summary>
    public CertStatusApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _extraServices.Add(configure);
        return this;
    }

    /// <summary>Removes every certification and renewal, so that each test starts from an empty database.</summary>
    public async Task DeleteAllDataAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        await dbContext.Renewals.ExecuteDeleteAsync();
        await dbContext.Certifications.ExecuteDeleteAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in database.Settings)
        {
            builder.UseSetting(key, value);
        }

        // One log line per request would drown the test output; warnings and errors still show.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
            foreach (var configure in _extraServices)
            {
                configure(services);
            }
        });

        foreach (var (key, value) in _extraSettings)
        {
            builder.UseSetting(key, value);
        }
    }
}
