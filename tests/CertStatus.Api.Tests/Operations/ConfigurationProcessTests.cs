using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// The contract of issue 15 as an operator meets it: the built service, run as
/// <c>dotnet CertStatus.Api.dll</c> in Production with environment variables, refuses a bad value by
/// exiting non-zero before it listens, and its log says, one JSON line per bad key, which key,
/// which value and what is allowed. The control case starts and listens, so the harness can tell.
/// </summary>
public sealed class ConfigurationProcessTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "certstatus-configuration-process-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [TestCase("RequestTimeouts__Seconds", "abc", "RequestTimeouts:Seconds = \"abc\": must be a whole number of seconds from 1 to 3600 (the limit cannot be turned off)")]
    [TestCase("Shutdown__TimeoutSeconds", "-1", "Shutdown:TimeoutSeconds = \"-1\": must be a whole number of seconds from 1 to 3600")]
    [TestCase("Database__MigrateOnStartup", "maybe", "Database:MigrateOnStartup = \"maybe\": must be true or false")]
    [TestCase("Authentication__SigningKey", "short", "Authentication:SigningKey = (5 characters, not shown): must be at least 32 bytes (UTF-8), or empty to use no shared key")]
    public async Task Service_WithABadValue_ExitsNonZeroBeforeListening_WithALineNamingTheKeyAndTheValue(string variable, string value, string line)
    {
        var run = await RunAsync(new Dictionary<string, string> { [variable] = value });

        AssertRefused(run, line);
    }

    [Test]
    public async Task Service_WithSeveralBadValues_LogsOneLinePerBadKey()
    {
        var run = await RunAsync(new Dictionary<string, string>
        {
            ["RateLimiting__PermitLimit"] = "10",
            ["RateLimiting__WindowSeconds"] = "0",
            ["OpenTelemetry__Endpoint"] = "not-a-url",
        });

        AssertRefused(
            run,
            "RateLimiting:WindowSeconds = \"0\": must be a whole number of seconds from 1 to 86400",
            "OpenTelemetry:Endpoint = \"not-a-url\": must be an absolute http or https URL (e.g. http://otel-collector:4317), or empty to turn export off");
    }

    /// <summary>
    /// An empty list can only be written in a file: set through the environment, <c>Types</c> would
    /// merge with appsettings.json's entries, index by index, and keep them.
    /// </summary>
    [Test]
    public async Task Service_WhoseAppSettingsListNoCertificationType_ExitsNonZeroBeforeListening()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(ServiceFolder, "appsettings.json")))!;
        settings["Certification"]!["Types"] = new JsonArray();
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), settings.ToJsonString());

        var run = await RunAsync(new Dictionary<string, string>(), contentRoot: _folder);

        AssertRefused(run, "Certification:Types = []: must list at least one certification type (leave the key out for the defaults)");
    }

    [Test]
    public async Task Service_OnAppSettingsJsonAlone_Listens()
    {
        var run = await RunAsync(new Dictionary<string, string>());

        Assert.That(run.Listened, Is.True, run.Output);
    }

    private static string ServiceFolder => Path.GetDirectoryName(typeof(Program).Assembly.Location)!;

    private static void AssertRefused(ServiceRun run, params string[] lines)
    {
        var errors = run.Messages.Where(message => message.StartsWith("Configuration error: ", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Listened, Is.False, $"it listened:{Environment.NewLine}{run.Output}");
            Assert.That(run.ExitCode, Is.EqualTo(1), $"exit code{Environment.NewLine}{run.Output}");
            Assert.That(errors, Is.EquivalentTo(lines.Select(line => "Configuration error: " + line)), run.Output);
        }
    }

    /// <summary>
    /// Runs the service until it exits, or until it listens (then stops it). Settings come from the
    /// environment, over appsettings.json of the content root; the database is a file of the test's own.
    /// </summary>
    private async Task<ServiceRun> RunAsync(IReadOnlyDictionary<string, string> environment, string? contentRoot = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = ServiceFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{FreePort()}");
        if (contentRoot is not null)
        {
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(contentRoot);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["ConnectionStrings__CertStatus"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "certstatus.db") }.ToString();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var lines = new List<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (line.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(ExitTimeout);
        await Task.WhenAny(process.WaitForExitAsync(timeout.Token), listening.Task, Task.Delay(Timeout.Infinite, timeout.Token));
        var exited = process.HasExited;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        lock (lines)
        {
            if (!exited && !listening.Task.IsCompleted)
            {
                Assert.Fail($"The service neither exited nor listened within {ExitTimeout.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
            }

            return new ServiceRun(listening.Task.IsCompleted, exited ? process.ExitCode : null, [.. lines]);
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What a run printed (one JSON event per line) and how it ended; no exit code when it was stopped.</summary>
    private sealed record ServiceRun(bool Listened, int? ExitCode, IReadOnlyList<string> Lines)
    {
        public string Output => string.Join(Environment.NewLine, Lines);

        /// <summary>The rendered message of each JSON line.</summary>
        public IEnumerable<string> Messages => Lines.Select(MessageOf).OfType<string>();

        private static string? MessageOf(string line)
        {
            try
            {
                return JsonNode.Parse(line)?["@m"]?.GetValue<string>();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
