using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The real service on Kestrel over a SQLite file of its own, started with the settings a test
/// needs (limits, timeouts, CORS, migrations off) and with its log events captured.
/// </summary>
public sealed class OperationsApi : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private OperationsApi(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        Folder = folder;
        DatabaseFile = Path.Combine(folder, "data", "certstatus.db");
        _settings = settings;
    }

    /// <summary>The folder that holds the database's own folder (moved away to make the database unreachable).</summary>
    public string Folder { get; }

    public string DatabaseFile { get; }

    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    private bool WithSlowEndpoint { get; init; }

    private int BusyTimeoutSeconds { get; init; }

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
        var folder = Path.Combine(Path.GetTempPath(), "certstatus-operations-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var api = new OperationsApi(folder, settings ?? new Dictionary<string, string?>())
        {
            WithSlowEndpoint = slowEndpoint,
            BusyTimeoutSeconds = busyTimeoutSeconds,
        };
        if (emptyDatabase)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.DatabaseFile}");
            connection.Open();
        }

        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        api.Client = api.CreateClient(new() { BaseAddress = new Uri(address), AllowAutoRedirect = false });
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:CertStatus", $"Data Source={DatabaseFile};Default Timeout={BusyTimeoutSeconds}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(new CapturingSink(LogEvents));
            if (WithSlowEndpoint)
            {
                services.AddControllers().AddApplicationPart(typeof(SlowController).Assembly);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        Client?.Dispose();
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    private static object? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;

    private sealed class CapturingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
