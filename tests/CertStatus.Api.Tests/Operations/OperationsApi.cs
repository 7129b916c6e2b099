using System.Diagnostics;
using CertStatus.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The real service on Kestrel (<see cref="CertStatusApiFactory"/>) over a SQLite file of its own and
/// the system clock, started with the settings a test needs (limits, timeouts, CORS, migrations off)
/// and with its log events captured at Information.
/// </summary>
public sealed class OperationsApi : IDisposable
{
    private readonly SqliteTestDatabase _database;
    private readonly CertStatusApiFactory _factory;

    private OperationsApi(SqliteTestDatabase database)
    {
        _database = database;
        _factory = new CertStatusApiFactory(database, TimeProvider.System);
    }

    /// <summary>The database file, in a folder of its own (moved away to make the database unreachable).</summary>
    public string DatabaseFile => _database.FilePath;

    /// <summary>Every log event the service has written so far.</summary>
    public IReadOnlyList<LogEvent> LogEvents => Log.Events;

    public CapturingLogSink Log { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    /// <param name="settings">Configuration for this run.</param>
    /// <param name="emptyDatabase">Start on an existing database file that has no schema at all.</param>
    /// <param name="slowEndpoint">Add <see cref="SlowController"/> at /test/slow.</param>
    /// <param name="busyTimeoutSeconds">How long SQLite waits for another writer's lock (its command timeout).</param>
    public static OperationsApi Start(
        IReadOnlyDictionary<string, string?>? settings = null,
        bool emptyDatabase = false,
        bool slowEndpoint = false,
        int busyTimeoutSeconds = 30)
    {
        var api = new OperationsApi(new SqliteTestDatabase(busyTimeoutSeconds, withoutSchema: emptyDatabase));
        api._factory.WithSetting("Serilog:MinimumLevel:Default", "Information");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            api._factory.WithSetting(key, value);
        }

        api._factory.WithServices(services =>
        {
            services.AddSingleton<ILogEventSink>(api.Log);
            if (slowEndpoint)
            {
                services.AddControllers().AddApplicationPart(typeof(SlowController).Assembly);
            }
        });
        api._factory.UseKestrel(0);
        api._factory.StartServer();
        api.Client = api._factory.CreateClient(new() { BaseAddress = api._factory.ServerAddress, AllowAutoRedirect = false });
        return api;
    }

    /// <summary>
    /// Waits for the completion line of a request (written once its response is on its way, so it can
    /// come after the client has the answer), failing after 10 s.
    /// </summary>
    public async Task<LogEvent> WaitForRequestLogAsync(string method, string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var line = LogEvents.FirstOrDefault(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                && Scalar(e, "RequestMethod") is string logged && logged == method
                && Scalar(e, "RequestPath") is string loggedPath && loggedPath == path);
            if (line is not null)
            {
                return line;
            }

            Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), $"the request log line of {method} {path}");
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        Client?.Dispose();
        _factory.Dispose();

        // Synchronous: SQLite's clean-up does not wait for anything.
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static object? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
