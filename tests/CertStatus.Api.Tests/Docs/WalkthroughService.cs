using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CertStatus.Api.Tests.Docs;

/// <summary>
/// The built service as a reader of the docs runs it: <c>dotnet CertStatus.Api.dll</c> with
/// appsettings.json and the system clock, on a SQLite file of its own. Kestrel picks the port
/// (<c>:0</c>) and the service's own "Now listening on" line says which, so no port is chosen
/// and released for another process to take.
/// </summary>
internal sealed partial class WalkthroughService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _folder;
    private readonly List<string> _lines = [];

    private WalkthroughService(Process process, string folder)
    {
        _process = process;
        _folder = folder;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything the service has written so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    public static async Task<WalkthroughService> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "certstatus-docs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var serviceFolder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = serviceFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment["ConnectionStrings__CertStatus"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "certstatus.db") }.ToString();

        var service = new WalkthroughService(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), folder);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (service._lines)
            {
                service._lines.Add(line);
            }

            if (line.Contains("Now listening on", StringComparison.Ordinal) && ListeningAddress().Match(line) is { Success: true } address)
            {
                listening.TrySetResult(new Uri(address.Value));
            }
        }

        service._process.OutputDataReceived += (_, e) => Collect(e.Data);
        service._process.ErrorDataReceived += (_, e) => Collect(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = service._process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(listening.Task, exited) != listening.Task)
        {
            var output = service.Output;
            await service.DisposeAsync();
            Assert.Fail($"The service did not listen within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{output}");
        }

        service.BaseAddress = await listening.Task;
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningAddress();
}
