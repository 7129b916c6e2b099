using CertStatus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertStatus.Client.Tests.Support;

/// <summary>
/// The real service in-process (TestServer), on a SQLite file in a temporary folder of its own and
/// reading time from the given clock.
/// </summary>
public sealed class CertStatusServiceFactory(TimeProvider clock) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "certstatus-client-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Removes every certification (and with them their renewals), so that each test starts empty.</summary>
    public async Task DeleteAllDataAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        await dbContext.Renewals.ExecuteDeleteAsync();
        await dbContext.Certifications.ExecuteDeleteAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:CertStatus", $"Data Source={Path.Combine(_folder, "certstatus.db")}");

        // One log line per request would drown the test output; warnings and errors still show.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Pooled connections keep the file (and its -wal/-shm companions) open; close them first.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
