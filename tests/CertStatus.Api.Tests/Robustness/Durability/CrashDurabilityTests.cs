using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CertStatus.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CertStatus.Api.Tests.Robustness.Durability;

/// <summary>
/// The durability promise of docs/operations.md against a real process crash: the built service runs
/// as a process of its own on a SQLite file, writers load it, and it is killed with SIGKILL in the
/// middle of the load — several times, each restart on the same file. Every write acknowledged with a
/// 2xx before a kill must be there afterwards with the acknowledged values, nothing but acknowledged
/// (or in-flight) writes may be, and the file must pass <c>PRAGMA integrity_check</c>. The change
/// feed (SPEC §6), read from a token taken before the first write, must hold a change for every
/// acknowledged write, in the order each mentor's writes were acknowledged, and none for a write that
/// was neither acknowledged nor in flight: a change is written in its write's transaction.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class CrashDurabilityTests
{
    private const int Writers = 6;
    private const int Crashes = 3;

    /// <summary>Fixed, so that a failing run's kill moments can be replayed.</summary>
    private const int Seed = 20260326;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset FirstExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private string _folder = null!;
    private string _databasePath = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "certstatus-crash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _databasePath = Path.Combine(_folder, "certstatus.db");
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

    [Test]
    public async Task KilledMidLoad_AndRestartedOnTheSameFile_KeepsEveryAcknowledgedWriteAndItsChange()
    {
        var random = new Random(Seed);
        var ledger = new Ledger();
        string? feedStart = null;

        for (var crash = 1; crash <= Crashes; crash++)
        {
            await using var service = await ServiceProcess.StartAsync(_databasePath);
            feedStart ??= await ChangeFeedReader.LatestTokenAsync(service.Client);

            // Everything acknowledged before this start (the previous crashes included) survived the restart.
            await AssertLedgerIsStoredAsync(service.Client, ledger);
            await AssertLedgerIsInTheFeedAsync(service.Client, ledger, feedStart);

            var cycle = crash;
            var before = ledger.AcknowledgedCount;
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteUntilFailureAsync(service, ledger, $"crash{cycle}-w{writer}"))).ToArray();

            // Killed after a number of acknowledgements rather than after a time, so that a slow machine
            // still kills in the middle of the load rather than before its first answer.
            var killAfter = random.Next(20, 80);
            await WaitForAcknowledgementsAsync(ledger, before + killAfter, writers);
            service.Kill();
            await Task.WhenAll(writers);
            TestContext.Out.WriteLine($"crash {crash}: {ledger.AcknowledgedCount - before} writes acknowledged before SIGKILL, {ledger.AcknowledgedCount} in all; {ledger.InFlightWrites.Count} in flight at the kills so far");
            Assert.That(ledger.AcknowledgedCount - before, Is.GreaterThanOrEqualTo(killAfter), "the kill came in the middle of the load");

            AssertIntegrity(_databasePath);
        }

        await using (var service = await ServiceProcess.StartAsync(_databasePath))
        {
            await AssertLedgerIsStoredAsync(service.Client, ledger);
            await AssertLedgerIsInTheFeedAsync(service.Client, ledger, feedStart!);
        }

        AssertIntegrity(_databasePath);
    }

    private static async Task WaitForAcknowledgementsAsync(Ledger ledger, int count, Task[] writers)
    {
        var deadline = Stopwatch.StartNew();
        while (ledger.AcknowledgedCount < count)
        {
            if (writers.FirstOrDefault(writer => writer.IsCompleted) is { } stopped)
            {
                // A writer stops only at a failed request; before the kill that is a failure of the test.
                await stopped;
                Assert.Fail("a writer stopped before the kill");
            }

            Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), $"{count} acknowledgements before the kill");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// One writer: creates a mentor, renews it twice and moves its expiry once, then the next mentor —
    /// sequentially, so each mentor's acknowledged writes have one order. Stops at the first request the
    /// killed service does not answer: one sent before the process was gone is remembered as possibly
    /// applied (its outcome is unknown because of the kill); one sent after cannot have been. A request
    /// that fails before the kill began fails the test.
    /// </summary>
    private static async Task WriteUntilFailureAsync(ServiceProcess service, Ledger ledger, string prefix)
    {
        for (var n = 0; ; n++)
        {
            var mentorId = $"{prefix}-{n}";
            var writes = new List<Write>
            {
                new(WriteKind.Create, mentorId, ledger.NextExpiry()),
                new(WriteKind.Renew, mentorId, ledger.NextExpiry()),
                new(WriteKind.Renew, mentorId, ledger.NextExpiry()),
                new(WriteKind.ChangeExpiry, mentorId, ledger.NextExpiry()),
            };
            foreach (var write in writes)
            {
                HttpStatusCode status;
                JsonObject body;
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    (status, body) = await SendAsync(service.Client, write);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (!service.Killing)
                    {
                        throw new AssertionException($"{write} failed while the service was running: {exception}");
                    }

                    if (service.DiedAt is not { } diedAt || sent < diedAt)
                    {
                        ledger.InFlight(write);
                    }

                    return;
                }

                if ((int)status >= 300)
                {
                    throw new AssertionException($"{write}: {(int)status} {body.ToJsonString()}");
                }

                ledger.Acknowledge(write with { RenewalId = (string?)body["renewal_id"] });
            }
        }
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpClient client, Write write)
    {
        var expiry = CertificationStatusBuilder.Format(write.Expiry);
        var (method, path, body) = write.Kind switch
        {
            WriteKind.Create => (HttpMethod.Post, Routes.Statuses, new CertificationStatusBuilder().WithMentorId(write.MentorId).ExpiringAt(FirstExpiry).Build()),
            WriteKind.Renew => (HttpMethod.Post, Routes.Renewals, new RenewalBuilder(write.MentorId).ExpiringAt(expiry).Build()),
            _ => (HttpMethod.Put, Routes.Status(write.MentorId), new JsonObject { ["expiry_date"] = expiry, ["updated_reason"] = "crash-test" }),
        };
        if (write.Kind == WriteKind.Create)
        {
            body["expiry_date"] = expiry;
        }

        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) as JsonObject ?? []);
    }

    /// <summary>
    /// Each acknowledged mentor holds the expiry of its last acknowledged write (or of the write in flight
    /// at the kill); each acknowledged renewal is stored as answered; a stored renewal was acknowledged or in flight.
    /// </summary>
    private static async Task AssertLedgerIsStoredAsync(HttpClient client, Ledger ledger)
    {
        var statuses = await ReadAllAsync(client, Routes.Statuses, "mentor_id");
        var renewals = await ReadAllAsync(client, Routes.Renewals, "renewal_id");
        var inFlight = ledger.InFlightWrites;

        using (Assert.EnterMultipleScope())
        {
            foreach (var (mentorId, writes) in ledger.AcknowledgedByMentor)
            {
                if (!statuses.TryGetValue(mentorId, out var status))
                {
                    Assert.Fail($"{mentorId}: created (acknowledged) but missing");
                    continue;
                }

                var expected = new List<DateTimeOffset> { writes[^1].Expiry };
                expected.AddRange(inFlight.Where(write => write.MentorId == mentorId && write.Kind != WriteKind.Create).Select(write => write.Expiry));
                Assert.That(ParseDate(status["expiry_date"]), Is.AnyOf([.. expected]), $"{mentorId}: expiry after {writes.Count} acknowledged writes");
            }

            foreach (var renewal in ledger.AcknowledgedRenewals)
            {
                if (!renewals.TryGetValue(renewal.RenewalId!, out var stored))
                {
                    Assert.Fail($"{renewal.RenewalId} of {renewal.MentorId}: acknowledged but missing");
                    continue;
                }

                Assert.That((string?)stored["mentor_id"], Is.EqualTo(renewal.MentorId), renewal.RenewalId);
                Assert.That(ParseDate(stored["new_expiry_date"]), Is.EqualTo(renewal.Expiry), renewal.RenewalId);
            }

            var acknowledgedIds = ledger.AcknowledgedRenewals.Select(r => r.RenewalId).ToHashSet(StringComparer.Ordinal);
            foreach (var (renewalId, stored) in renewals.Where(pair => !acknowledgedIds.Contains(pair.Key)))
            {
                var candidate = inFlight.Any(write => write.Kind == WriteKind.Renew && write.MentorId == (string?)stored["mentor_id"] && write.Expiry == ParseDate(stored["new_expiry_date"]));
                Assert.That(candidate, Is.True, $"{renewalId} is stored but was neither acknowledged nor in flight: {stored.ToJsonString()}");
            }

            var known = ledger.AcknowledgedByMentor.Keys.Concat(inFlight.Select(write => write.MentorId)).ToHashSet(StringComparer.Ordinal);
            Assert.That(statuses.Keys.Where(mentorId => !known.Contains(mentorId)), Is.Empty, "stored mentors nobody created");
        }
    }

    /// <summary>
    /// Each acknowledged write has its change: a status upsert with the expiry it set (a renewal also a
    /// renewal upsert with its id), each mentor's in the order acknowledged; every other status upsert
    /// is of a write in flight at a kill.
    /// </summary>
    private static async Task AssertLedgerIsInTheFeedAsync(HttpClient client, Ledger ledger, string feedStart)
    {
        var (changes, _) = await ChangeFeedReader.ReadAllAsync(client, feedStart, limit: 1000);
        var statusExpiries = changes
            .Where(change => (string?)change["resource"] == "certification-status" && (string?)change["operation"] == "upsert")
            .GroupBy(change => (string)change["id"]!)
            .ToDictionary(group => group.Key, group => group.Select(change => ParseDate(change["data"]!["expiry_date"])).ToList(), StringComparer.Ordinal);
        var renewals = changes
            .Where(change => (string?)change["resource"] == "certification-renewal")
            .ToDictionary(change => (string)change["id"]!, change => change, StringComparer.Ordinal);
        var inFlight = ledger.InFlightWrites;

        using (Assert.EnterMultipleScope())
        {
            foreach (var (mentorId, writes) in ledger.AcknowledgedByMentor)
            {
                var acknowledged = writes.Select(write => write.Expiry).ToList();
                var inFeed = statusExpiries.GetValueOrDefault(mentorId) ?? [];
                Assert.That(inFeed.Where(acknowledged.Contains), Is.EqualTo(acknowledged), $"{mentorId}: a change for each acknowledged write, in order");
                var explained = acknowledged.Concat(inFlight.Where(write => write.MentorId == mentorId).Select(write => write.Expiry)).ToHashSet();
                Assert.That(inFeed.Where(expiry => !explained.Contains(expiry)), Is.Empty, $"{mentorId}: changes of writes nobody made");
            }

            foreach (var renewal in ledger.AcknowledgedRenewals)
            {
                Assert.That(renewals.TryGetValue(renewal.RenewalId!, out var change), Is.True, $"{renewal.RenewalId}: acknowledged, no change");
                if (change is not null)
                {
                    Assert.That(ParseDate(change["data"]!["new_expiry_date"]), Is.EqualTo(renewal.Expiry), renewal.RenewalId);
                }
            }
        }
    }

    private static async Task<Dictionary<string, JsonObject>> ReadAllAsync(HttpClient client, string root, string key)
    {
        var items = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            using var response = await client.GetAsync(new Uri($"{root}?limit=100&page={page}", UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            var data = JsonNode.Parse(text)!["data"]!.AsArray();
            foreach (var item in data)
            {
                Assert.That(items.TryAdd((string)item![key]!, item.AsObject()), Is.True, $"{item[key]} listed twice");
            }

            if (data.Count < 100)
            {
                return items;
            }
        }
    }

    private static void AssertIntegrity(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var results = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                results.Add(reader.GetString(0));
            }
        }

        Assert.That(results, Is.EqualTo(new[] { "ok" }), "PRAGMA integrity_check");
        command.CommandText = "PRAGMA foreign_key_check";
        using (var reader = command.ExecuteReader())
        {
            Assert.That(reader.Read(), Is.False, "PRAGMA foreign_key_check: a renewal without its certification");
        }
    }

    private static DateTimeOffset ParseDate(JsonNode? value) =>
        DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private enum WriteKind
    {
        Create,
        Renew,
        ChangeExpiry,
    }

    private sealed record Write(WriteKind Kind, string MentorId, DateTimeOffset Expiry, string? RenewalId = null);

    /// <summary>What the writers were told, shared by them; every write carries an expiry of its own.</summary>
    private sealed class Ledger
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, List<Write>> _acknowledged = new(StringComparer.Ordinal);
        private readonly List<Write> _inFlight = [];
        private int _count;
        private int _nextExpiry;

        public int AcknowledgedCount
        {
            get
            {
                lock (_lock)
                {
                    return _count;
                }
            }
        }

        public Dictionary<string, List<Write>> AcknowledgedByMentor
        {
            get
            {
                lock (_lock)
                {
                    return _acknowledged.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal);
                }
            }
        }

        public List<Write> AcknowledgedRenewals
        {
            get
            {
                lock (_lock)
                {
                    return [.. _acknowledged.Values.SelectMany(writes => writes).Where(write => write.Kind == WriteKind.Renew)];
                }
            }
        }

        public List<Write> InFlightWrites
        {
            get
            {
                lock (_lock)
                {
                    return [.. _inFlight];
                }
            }
        }

        public DateTimeOffset NextExpiry() => FirstExpiry.AddMinutes(Interlocked.Increment(ref _nextExpiry));

        public void Acknowledge(Write write)
        {
            lock (_lock)
            {
                if (!_acknowledged.TryGetValue(write.MentorId, out var writes))
                {
                    _acknowledged[write.MentorId] = writes = [];
                }

                writes.Add(write);
                _count++;
            }
        }

        public void InFlight(Write write)
        {
            lock (_lock)
            {
                _inFlight.Add(write);
            }
        }
    }

    /// <summary>The built service (CertStatus.Api.dll beside the tests) as a process of its own, on loopback.</summary>
    private sealed partial class ServiceProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private HttpClient? _client;
        private int _killing;
        private long _diedAt;

        private ServiceProcess(Process process)
        {
            _process = process;
        }

        public HttpClient Client => _client ?? throw new InvalidOperationException("The service is not listening yet.");

        /// <summary>Whether <see cref="Kill"/> has begun: until then, every request must be answered.</summary>
        public bool Killing => Volatile.Read(ref _killing) != 0;

        /// <summary>
        /// When the killed process was gone (a <see cref="Stopwatch"/> timestamp), or null until then:
        /// a request sent while the signal was on its way may still have been applied.
        /// </summary>
        public long? DiedAt => Interlocked.Read(ref _diedAt) is var diedAt and not 0 ? diedAt : null;

        public static async Task<ServiceProcess> StartAsync(string databasePath)
        {
            var assembly = typeof(Program).Assembly.Location;
            Assert.That(File.Exists(assembly), Is.True, $"the built service: {assembly}");

            var start = new ProcessStartInfo(DotnetHost())
            {
                // The content root (appsettings.json) is the working directory.
                WorkingDirectory = Path.GetDirectoryName(assembly)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(assembly);
            start.ArgumentList.Add("--urls");
            // Port 0: the service binds a free port itself, so no other process can take it between a
            // choice and the bind; the bound address is read from the service's start-up log line.
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment.Remove("ASPNETCORE_URLS");
            start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
            start.Environment["ConnectionStrings__CertStatus"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();
            start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
            start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information";

            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var service = new ServiceProcess(process);
            process.OutputDataReceived += (_, e) => service.Append(e.Data);
            process.ErrorDataReceived += (_, e) => service.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            await service.WaitUntilAnsweringAsync();
            return service;
        }

        /// <summary>SIGKILL on Linux: no shutdown code runs, as in a crash.</summary>
        public void Kill()
        {
            Volatile.Write(ref _killing, 1);
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            Interlocked.Exchange(ref _diedAt, Stopwatch.GetTimestamp());
        }

        public async ValueTask DisposeAsync()
        {
            _client?.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (ListeningOn().Match(line) is { Success: true } listening)
            {
                _listening.TrySetResult(new Uri(listening.Groups["address"].Value));
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        private async Task WaitUntilAnsweringAsync()
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < StartTimeout)
            {
                if (_process.HasExited)
                {
                    break;
                }

                if (_client is null)
                {
                    if (!_listening.Task.IsCompleted)
                    {
                        await Task.WhenAny(_listening.Task, Task.Delay(100));
                        continue;
                    }

                    _client = new HttpClient { BaseAddress = await _listening.Task, Timeout = TimeSpan.FromSeconds(15) };
                }

                try
                {
                    using var response = await Client.GetAsync(new Uri(Routes.Statuses, UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            string output;
            lock (_output)
            {
                output = _output.ToString();
            }

            Assert.Fail($"The service did not answer within {StartTimeout.TotalSeconds} s (exited: {_process.HasExited}).{Environment.NewLine}{output}");
        }

        // The start-up line in the service's JSON log: {"@m":"Now listening on: \"http://…\"", "address":"http://…", …}.
        [GeneratedRegex(@"""address"":""(?<address>http://[^""]+)""")]
        private static partial Regex ListeningOn();
    }
}
