using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CertStatus.Client.Tests.Support;

/// <summary>
/// Runs the .NET CLI as a child process, as a person would from a shell, and hands back its exit
/// code and everything it printed.
/// </summary>
public static class DotNetCli
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<DotNetResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The MSBuild that runs `dotnet test` leaves its own paths in the environment; a child build
        // must find its SDK afresh. NUGET_PACKAGES would override the consumer's own packages folder.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name == "NUGET_PACKAGES")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        var outputLock = new Lock();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (outputLock)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            Assert.Ignore($"Cannot start '{Executable}': {exception.Message}");
        }

        try
        {
            // Builds in the background: the other test assemblies, which run at the same time, keep
            // their CPU (some of them measure throughput). Child processes inherit the priority.
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            // Not permitted here, or already exited: it runs at normal priority.
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(MaxDuration);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within {MaxDuration}:\n{output}");
        }

        lock (outputLock)
        {
            return new DotNetResult(process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }
}

/// <summary>One run of the CLI: its exit code, stdout and stderr together, and how long it took.</summary>
public sealed record DotNetResult(int ExitCode, string Output, TimeSpan Elapsed);
