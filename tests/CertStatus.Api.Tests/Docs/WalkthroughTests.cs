using System.Diagnostics;
using System.Text.RegularExpressions;
using CertStatus.Testing;

namespace CertStatus.Api.Tests.Docs;

/// <summary>
/// docs/walkthrough.md runs as written: its <c>bash</c> blocks, top to bottom in one bash, against
/// the built service on a fresh database, with <c>BASE_URL</c> naming it. Each <c>curl</c> there is
/// followed by the status it answers (<c># → 201</c>); curl itself reports the status it got, so a
/// request the doc forgot to annotate, or one answering otherwise, fails the test.
/// </summary>
[NonParallelizable]
public sealed partial class WalkthroughTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Walkthrough_RunAsWritten_AnswersEveryRequestWithTheStatusItDocuments()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "walkthrough.md"));
        var blocks = BashBlocks().Matches(doc).Select(match => match.Groups[1].Value).ToList();
        var documented = blocks.SelectMany(block => DocumentedStatus().Matches(block)).Select(match => match.Groups[1].Value).ToList();
        Assert.That(documented, Is.Not.Empty, "docs/walkthrough.md has no request annotated '# → <status>'");

        await using var service = await WalkthroughService.StartAsync();
        var run = await RunBashAsync(string.Join(Environment.NewLine, blocks), service.BaseAddress);
        var answered = AnsweredStatus().Matches(run.Stderr).Select(match => match.Groups[1].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, $"bash exited {run.ExitCode}:{Environment.NewLine}{run.Stderr}{Environment.NewLine}{run.Stdout}");
            Assert.That(answered, Is.EqualTo(documented), $"the statuses answered, in order, against those written after each curl{Environment.NewLine}{run.Stdout}{Environment.NewLine}service log:{Environment.NewLine}{service.Output}");
        }
    }

    /// <summary>
    /// Runs the script with curl reporting every answer's status on stderr (curl's own write-out),
    /// leaving stdout exactly as a reader of the doc sees it, so captured values stay the same.
    /// </summary>
    private static async Task<BashRun> RunBashAsync(string script, Uri baseAddress)
    {
        var folder = Directory.CreateTempSubdirectory("certstatus-walkthrough-").FullName;
        var file = Path.Combine(folder, "walkthrough.sh");
        await File.WriteAllTextAsync(file, $$"""
            set -eo pipefail
            curl() { command curl -w '%{stderr}answered %{http_code}\n' "$@"; }
            {{script}}
            """);
        var start = new ProcessStartInfo("bash", [file])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["BASE_URL"] = baseAddress.ToString().TrimEnd('/');
        try
        {
            using var bash = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var stdout = bash.StandardOutput.ReadToEndAsync();
            var stderr = bash.StandardError.ReadToEndAsync();

            using var timeout = new CancellationTokenSource(ScriptTimeout);
            try
            {
                await bash.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                bash.Kill(entireProcessTree: true);
                Assert.Fail($"The walk-through did not finish within {ScriptTimeout.TotalSeconds} s:{Environment.NewLine}{await stderr}");
            }

            return new BashRun(bash.ExitCode, await stdout, await stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^```bash\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlocks();

    [GeneratedRegex(@"# → (\d{3})\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentedStatus();

    [GeneratedRegex(@"^answered (\d{3})$", RegexOptions.Multiline)]
    private static partial Regex AnsweredStatus();

    private sealed record BashRun(int ExitCode, string Stdout, string Stderr);
}
