using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ChangeCertificationExpiry;
using CertStatus.Application.Common.Behaviors;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Robustness.Durability;

/// <summary>
/// Many clients at once, every kind of write, on a handful of shared mentors; then the database is
/// checked against what the clients were told. A write acknowledged with 2xx is present unless a
/// write acknowledged later (or overlapping it) undid it; nothing unacknowledged is stored; every
/// certification's dates are explained by its stored renewals and acknowledged writes; renewal
/// numbers and per-certification sequences are never duplicated; no answer is a 5xx and every
/// error is problem details. (<see cref="Controllers.CertificationRenewals.RenewalConcurrencyTests"/>
/// covers races of one kind of write on one mentor; this mixes them.)
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MixedConcurrencyTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const int Clients = 8;
    private const int OperationsPerClient = 40;
    private const int Mentors = 5;

    /// <summary>Fixed, so that a failing schedule can be replayed (the interleaving still varies).</summary>
    private const int Seed = 20260326;

    private static readonly DateTimeOffset IssueDate = new(2025, 3, 26, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2026, 3, 26, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Every expiry a client writes is this plus a fresh number of hours, so a stored value names its writer.</summary>
    private static readonly DateTimeOffset FirstExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] SharedMentors = [.. Enumerable.Range(0, Mentors).Select(i => $"mixed-{i}")];

    private readonly ConcurrentDictionary<string, string> _knownRenewals = new(StringComparer.Ordinal);
    private int _nextValue;

    private enum Kind
    {
        Create,
        Renew,
        Correct,
        DeleteRenewal,
        ChangeExpiry,
        DeleteStatus,
    }

    [SetUp]
    public async Task CreateMentorsAsync()
    {
        _knownRenewals.Clear();
        _nextValue = 0;
        foreach (var mentorId in SharedMentors)
        {
            await CreateAsync(new CertificationStatusBuilder().WithMentorId(mentorId).IssuedAt(IssueDate).ExpiringAt(NextValue()));
        }
    }

    [Test]
    public async Task ManyClientsWritingAtOnce_LeaveExactlyWhatTheirAcknowledgementsExplain()
    {
        // The clients move in rounds, each sending its next request at the same moment and most of them
        // about the round's mentor, so that writes on one certification collide in every round.
        var clients = Enumerable.Range(0, Clients).Select(client => new Random(Seed + client)).ToArray();
        var operations = new List<Operation>(Clients * OperationsPerClient);
        for (var round = 0; round < OperationsPerClient; round++)
        {
            operations.AddRange(await Task.WhenAll(clients.Select(random => Task.Run(() => NextOperationAsync(random, SharedMentors[round % Mentors])))));
        }

        TestContext.Out.WriteLine(string.Join(", ", operations.GroupBy(op => (op.Kind, op.Status)).OrderBy(g => g.Key)
            .Select(g => $"{g.Key.Kind} {(int)g.Key.Status}×{g.Count()}")));

        await AssertAnswersAsync(operations);
        var state = await ReadDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            AssertEveryKindSucceeded(operations, state);
            AssertRenewals(operations, state);
            AssertMentors(operations, state);
            AssertCertificationDates(operations, state);
        }
    }

    [Test]
    public async Task SqliteConnections_OfTheService_AreWriteAheadLoggedAndSyncEveryCommit()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            Assert.Ignore("SQLite settings; SQL Server is fully durable by default (docs/operations.md).");
        }

        // FULL is also the bundled SQLite's default, so a fresh connection would pass without the
        // service setting it. Instead the pool is left holding a connection set to OFF (opened outside
        // the service, so the service has not configured it yet), and the service's context must set
        // FULL on it when it rents it.
        await using var scope = Factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database;
        var connectionString = database.GetConnectionString()!;
        for (var attempt = 1; ; attempt++)
        {
            var unconfigured = await PoolAConnectionWithSynchronousOffAsync(connectionString);
            await database.OpenConnectionAsync();
            try
            {
                var connection = (SqliteConnection)database.GetDbConnection();
                if (!ReferenceEquals(connection.Handle, unconfigured))
                {
                    // Another of the service's users (a background job) rented it first; pool another.
                    Assert.That(attempt, Is.LessThan(10), "the service's context rents the pooled connection");
                    continue;
                }

                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode";
                Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
                command.CommandText = "PRAGMA synchronous";
                Assert.That(Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture), Is.EqualTo(2), "2 = FULL: a commit is on disk before it is acknowledged");
                return;
            }
            finally
            {
                await database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Leaves the pool of <paramref name="connectionString"/> with one idle connection whose <c>synchronous</c> is OFF, and returns its native handle.</summary>
    private static async Task<SQLitePCL.sqlite3> PoolAConnectionWithSynchronousOffAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = OFF; PRAGMA synchronous";
        Assert.That(Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture), Is.Zero, "the connection starts at OFF");
        return connection.Handle!;
    }

    private DateTimeOffset NextValue() => FirstExpiry.AddHours(Interlocked.Increment(ref _nextValue));

    private async Task<Operation> NextOperationAsync(Random random, string roundMentor)
    {
        var mentorId = random.Next(4) == 0 ? SharedMentors[random.Next(Mentors)] : roundMentor;
        var roll = random.Next(100);
        var known = _knownRenewals.Where(renewal => renewal.Value == mentorId).ToArray();
        var target = known.Length == 0 ? (KeyValuePair<string, string>?)null : known[random.Next(known.Length)];
        var processedBy = $"clerk-{random.Next(3)}";
        var operation = roll switch
        {
            < 10 => await SendAsync(Kind.Create, mentorId, null, NextValue(), HttpMethod.Post, Routes.Statuses, value =>
                new CertificationStatusBuilder().WithMentorId(mentorId).IssuedAt(IssueDate).ExpiringAt(value!.Value).Build()),
            < 45 => await SendAsync(Kind.Renew, mentorId, null, NextValue(), HttpMethod.Post, Routes.Renewals, value =>
                new RenewalBuilder(mentorId).RenewedAt(RenewalDate).ExpiringAt(value!.Value).ProcessedBy(processedBy).Build()),
            < 60 when target is { } correct => await SendAsync(Kind.Correct, correct.Value, correct.Key, NextValue(), HttpMethod.Put, Routes.Renewal(correct.Key), value =>
                Correction(CertificationStatusBuilder.Format(value!.Value))),
            < 68 when target is { } delete => await SendAsync(Kind.DeleteRenewal, delete.Value, delete.Key, null, HttpMethod.Delete, Routes.Renewal(delete.Key), _ => null),
            < 96 => await SendAsync(Kind.ChangeExpiry, mentorId, null, NextValue(), HttpMethod.Put, Routes.Status(mentorId), value =>
                ExpiryChange(CertificationStatusBuilder.Format(value!.Value), $"put-{value.Value.Ticks}")),
            _ => await SendAsync(Kind.DeleteStatus, mentorId, null, null, HttpMethod.Delete, Routes.Status(mentorId), _ => null),
        };

        if (operation is { Kind: Kind.Renew, Status: HttpStatusCode.Created })
        {
            _knownRenewals[operation.RenewalId!] = mentorId;
        }

        return operation;
    }

    private async Task<Operation> SendAsync(Kind kind, string mentorId, string? renewalId, DateTimeOffset? value, HttpMethod method, string path, Func<DateTimeOffset?, JsonObject?> body)
    {
        var request = body(value);
        var started = Stopwatch.GetTimestamp();
        using var response = await SendAsync(method, path, request is null ? null : Json(request));
        var text = await response.Content.ReadAsStringAsync();
        var ended = Stopwatch.GetTimestamp();
        var parsed = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? [];
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        renewalId ??= kind == Kind.Renew && response.StatusCode == HttpStatusCode.Created ? (string?)parsed["renewal_id"] : null;
        return new Operation(kind, mentorId, renewalId, value, started, ended, response.StatusCode, parsed, text, mediaType);
    }

    private static async Task AssertAnswersAsync(List<Operation> operations)
    {
        Assert.That(operations.Where(op => (int)op.Status >= 500).Select(op => op.Text), Is.Empty, "no 5xx");
        // 409 is the answer to a create of a mentor that exists. The other writes retry a lost race
        // (ConcurrencyRetryBehavior), so for them a 409 is a bug unless every attempt lost.
        var allowed = new Dictionary<Kind, HttpStatusCode[]>
        {
            [Kind.Create] = [HttpStatusCode.Created, HttpStatusCode.Conflict],
            [Kind.Renew] = [HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity],
            [Kind.Correct] = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            [Kind.DeleteRenewal] = [HttpStatusCode.OK, HttpStatusCode.NotFound],
            [Kind.ChangeExpiry] = [HttpStatusCode.OK, HttpStatusCode.NotFound],
            [Kind.DeleteStatus] = [HttpStatusCode.OK, HttpStatusCode.NotFound],
        };
        foreach (var op in operations)
        {
            if (op is { Status: HttpStatusCode.Conflict, Kind: not Kind.Create })
            {
                AssertEveryAttemptLost(op, operations);
            }
            else
            {
                Assert.That(allowed[op.Kind], Does.Contain(op.Status), $"{op.Kind} {op.MentorId} {op.RenewalId}: {op.Text}");
            }

            if (op is { Kind: Kind.Create, Status: HttpStatusCode.Conflict })
            {
                Assert.That((string?)op.Body["detail"], Does.Contain(op.MentorId), $"a create's 409 is the duplicate mentor: {op.Text}");
            }

            if ((int)op.Status >= 400)
            {
                using var response = new HttpResponseMessage(op.Status) { Content = new StringContent(op.Text) };
                response.Content.Headers.ContentType = new(op.MediaType ?? "text/plain");
                await Problems.AssertProblemAsync(response, op.Status);
            }

            // A 400 for a write of a valid shape is only ever a rule about the expiry it met at the time.
            if (op.Status == HttpStatusCode.BadRequest)
            {
                Assert.That(op.Body["errors"]?.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "new_expiry_date" }), op.Text);
            }
        }

        foreach (var op in operations.Where(op => op.Acknowledged && op.Value is not null))
        {
            var field = op.Kind switch { Kind.Create or Kind.ChangeExpiry => "expiry_date", _ => "new_expiry_date" };
            Assert.That(ParseDate(op.Body[field]), Is.EqualTo(op.Value), $"{op.Kind} answers with what it stored: {op.Text}");
        }

        var renewalIds = operations.Where(op => op is { Kind: Kind.Renew, Acknowledged: true }).Select(op => op.RenewalId).ToList();
        Assert.That(renewalIds, Is.Unique, "a renewal id is handed out once");
    }

    /// <summary>
    /// A retried write answers 409 only after <see cref="ConcurrencyRetryBehavior{TMessage, TResponse}.MaxAttempts"/>
    /// lost races, and each race is lost to another write on the same certification that committed
    /// meanwhile: at least that many acknowledged writes on the mentor overlapped it.
    /// </summary>
    private static void AssertEveryAttemptLost(Operation conflicted, List<Operation> operations)
    {
        var overlapping = operations.Count(op => op != conflicted && op.Acknowledged && op.MentorId == conflicted.MentorId
            && !op.EndedBefore(conflicted) && !conflicted.EndedBefore(op));
        Assert.That(
            overlapping,
            Is.GreaterThanOrEqualTo(ConcurrencyRetryBehavior<ChangeCertificationExpiryCommand, CertificationResponse>.MaxAttempts),
            $"{conflicted.Kind} {conflicted.MentorId} answered 409 with only {overlapping} acknowledged writes overlapping it: {conflicted.Text}");
    }

    /// <summary>
    /// Every kind of write was acknowledged at least once and left its mark, so the checks below
    /// compare the database with real writes (they hold trivially if every write is refused).
    /// </summary>
    private static void AssertEveryKindSucceeded(List<Operation> operations, DatabaseState state)
    {
        var acknowledged = operations.Where(op => op.Acknowledged).GroupBy(op => op.Kind).ToDictionary(group => group.Key, group => group.ToList());
        Assert.That(acknowledged.Keys, Is.EquivalentTo(Enum.GetValues<Kind>()), "every kind of write succeeded at least once");
        Assert.That(state.Renewals, Is.Not.Empty, "acknowledged renewals are stored");
        var setUpExpiries = SharedMentors.Select((_, index) => FirstExpiry.AddHours(index + 1)).ToHashSet();
        Assert.That(
            state.Certifications.Values.Where(certification => !setUpExpiries.Contains(certification.ExpiryDate)),
            Is.Not.Empty,
            "stored certifications hold expiries the clients wrote, not only the set-up's");
    }

    private async Task<DatabaseState> ReadDatabaseAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        var certifications = await dbContext.Certifications.AsNoTracking().ToDictionaryAsync(c => c.MentorId, StringComparer.Ordinal);
        var renewals = await dbContext.Renewals.AsNoTracking().OrderBy(r => r.Number).ToListAsync();
        return new DatabaseState(certifications, renewals);
    }

    /// <summary>Stored renewals are exactly the acknowledged ones that no acknowledged delete removed, with their acknowledged values.</summary>
    private static void AssertRenewals(List<Operation> operations, DatabaseState state)
    {
        var acked = operations.Where(op => op is { Kind: Kind.Renew, Acknowledged: true }).ToDictionary(op => op.RenewalId!, StringComparer.Ordinal);
        var stored = state.Renewals.ToDictionary(r => r.RenewalId, StringComparer.Ordinal);

        foreach (var renewal in state.Renewals)
        {
            Assert.That(acked, Does.ContainKey(renewal.RenewalId), $"{renewal.RenewalId} is stored but was never acknowledged");
            Assert.That(state.Certifications, Does.ContainKey(renewal.MentorId), $"{renewal.RenewalId} outlived its certification");
            if (!acked.TryGetValue(renewal.RenewalId, out var created))
            {
                continue;
            }

            Assert.That(renewal.MentorId, Is.EqualTo(created.MentorId), renewal.RenewalId);
            Assert.That(renewal.RenewalDate, Is.EqualTo(ParseDate(created.Body["renewal_date"])), renewal.RenewalId);
            Assert.That(renewal.PreviousExpiryDate, Is.EqualTo(ParseDate(created.Body["previous_expiry_date"])), renewal.RenewalId);
            Assert.That(renewal.NewExpiryDate, Is.GreaterThan(renewal.PreviousExpiryDate), $"{renewal.RenewalId} extends what it replaced");

            // Its new expiry is the one it was created with or one an acknowledged correction wrote; not one superseded by a later write.
            var writes = operations.Where(op => op is { Kind: Kind.Correct, Acknowledged: true } && op.RenewalId == renewal.RenewalId).Prepend(created).ToList();
            Assert.That(Latest(writes).Select(op => op.Value), Does.Contain(renewal.NewExpiryDate), $"{renewal.RenewalId}: new_expiry_date");
        }

        foreach (var (renewalId, created) in acked)
        {
            var deletes = operations.Where(op => op.Acknowledged && (
                (op.Kind == Kind.DeleteRenewal && op.RenewalId == renewalId)
                || (op.Kind == Kind.DeleteStatus && op.MentorId == created.MentorId && !op.EndedBefore(created)))).ToList();
            if (deletes.Count == 0)
            {
                Assert.That(stored, Does.ContainKey(renewalId), $"{renewalId} was acknowledged, never deleted, and is missing");
            }

            if (deletes.Any(op => op.Kind == Kind.DeleteRenewal))
            {
                Assert.That(stored, Does.Not.ContainKey(renewalId), $"{renewalId} was deleted (acknowledged) but is stored");
            }
        }

        foreach (var group in state.Renewals.GroupBy(r => r.MentorId))
        {
            var sequences = group.OrderBy(r => r.Number).Select(r => r.Sequence).ToList();
            Assert.That(sequences, Is.Unique.And.Ordered.Ascending, $"{group.Key}: one chain, in the order the renewals were numbered");
        }
    }

    /// <summary>A mentor is stored exactly when the last of its acknowledged creates and deletes says so.</summary>
    private static void AssertMentors(List<Operation> operations, DatabaseState state)
    {
        foreach (var mentorId in SharedMentors)
        {
            var writes = operations.Where(op => op.Acknowledged && op.MentorId == mentorId && op.Kind is Kind.Create or Kind.DeleteStatus).ToList();
            var exists = state.Certifications.ContainsKey(mentorId);
            List<bool> explanations = writes.Count == 0 ? [true] : [.. Latest(writes).Select(op => op.Kind == Kind.Create).Distinct()];
            Assert.That(explanations, Does.Contain(exists), $"{mentorId} stored: {exists}; acknowledged creates/deletes: {writes.Count}");
        }
    }

    /// <summary>
    /// The certification's last renewal date is its latest stored renewal's (else its issue date), and its
    /// expiry is that renewal's new expiry — unless a write that did not finish before that renewal began
    /// moved it since: an acknowledged PUT, or the deletion of a later renewal, which restores what that one replaced.
    /// </summary>
    private static void AssertCertificationDates(List<Operation> operations, DatabaseState state)
    {
        var acked = operations.Where(op => op is { Kind: Kind.Renew, Acknowledged: true }).ToDictionary(op => op.RenewalId!, StringComparer.Ordinal);
        foreach (var (mentorId, certification) in state.Certifications)
        {
            var renewals = state.Renewals.Where(r => r.MentorId == mentorId).ToList();
            var latest = renewals.Count == 0 ? null : renewals[^1];
            Assert.That(certification.LastRenewalDate, Is.EqualTo(latest?.RenewalDate ?? certification.IssueDate), $"{mentorId}: last_renewal_date");

            var since = latest is null ? null : acked.GetValueOrDefault(latest.RenewalId);
            var candidates = new List<DateTimeOffset>();
            if (latest is null)
            {
                candidates.AddRange(operations.Where(op => op is { Kind: Kind.Create, Acknowledged: true } && op.MentorId == mentorId).Select(op => op.Value!.Value));
                candidates.Add(FirstExpiry.AddHours(Array.IndexOf(SharedMentors, mentorId) + 1));
            }
            else
            {
                candidates.Add(latest.NewExpiryDate);
            }

            candidates.AddRange(operations
                .Where(op => op is { Kind: Kind.ChangeExpiry, Acknowledged: true } && op.MentorId == mentorId && (since is null || !op.EndedBefore(since)))
                .Select(op => op.Value!.Value));
            candidates.AddRange(operations
                .Where(op => op is { Kind: Kind.DeleteRenewal, Acknowledged: true } && op.MentorId == mentorId)
                .Select(op => acked[op.RenewalId!])
                .Where(deleted => latest is null || NumberOf(deleted.RenewalId!) > latest.Number)
                .Select(deleted => ParseDate(deleted.Body["previous_expiry_date"])));

            Assert.That(candidates, Does.Contain(certification.ExpiryDate), $"{mentorId}: expiry_date {certification.ExpiryDate:O} is explained by no acknowledged write");
        }
    }

    /// <summary>The writes no other write followed strictly (began after it was acknowledged): any of them may have been applied last.</summary>
    private static IEnumerable<Operation> Latest(List<Operation> writes) =>
        writes.Where(write => !writes.Any(other => write.EndedBefore(other)));

    private static DateTimeOffset ParseDate(JsonNode? value) =>
        DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record Operation(
        Kind Kind,
        string MentorId,
        string? RenewalId,
        DateTimeOffset? Value,
        long Started,
        long Ended,
        HttpStatusCode Status,
        JsonObject Body,
        string Text,
        string? MediaType)
    {
        public bool Acknowledged => (int)Status is >= 200 and < 300;

        /// <summary>This write was acknowledged before <paramref name="other"/> was sent, so it was applied first.</summary>
        public bool EndedBefore(Operation other) => Ended < other.Started;
    }

    private sealed record DatabaseState(Dictionary<string, Certification> Certifications, List<Renewal> Renewals);
}
