using CertStatus.Infrastructure.Persistence;
using CertStatus.Testing.Databases;

namespace CertStatus.Testing.Hosting;

/// <summary>
/// The service started for one fixture, on a database of its own: what every suite's fixtures share,
/// so that they differ only in what they lay over it. Disposing it stops the service, then drops the database.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    /// <summary>The moment the fixtures' clocks start every test at.</summary>
    public static readonly DateTimeOffset PinnedNow = new(2026, 3, 26, 0, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;

    private TestService(TestDatabase database, CertStatusApiFactory factory)
    {
        _database = database;
        Factory = factory;
    }

    public CertStatusApiFactory Factory { get; }

    /// <param name="provider">The database the service runs on (on SQL Server without Docker, the calling fixture is skipped).</param>
    /// <param name="clock">Where the service reads time.</param>
    /// <param name="configure">Settings and services of the fixture's own (<see cref="CertStatusApiFactory.WithSetting"/>).</param>
    /// <param name="onKestrel">
    /// Kestrel on a free loopback port (the service's request limits are Kestrel's, and clients meet
    /// Kestrel), or the in-process TestServer (<see cref="Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory{TEntryPoint}.Server"/>).
    /// </param>
    public static async Task<TestService> StartAsync(
        DatabaseProvider provider,
        TimeProvider clock,
        Action<CertStatusApiFactory>? configure = null,
        bool onKestrel = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new CertStatusApiFactory(database, clock);
        try
        {
            configure?.Invoke(factory);
            if (onKestrel)
            {
                factory.UseKestrel(0);
            }

            factory.StartServer();
            return new TestService(database, factory);
        }
        catch
        {
            await factory.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
