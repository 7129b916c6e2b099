using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Common.Security;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Health;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Idempotency;
using CertStatus.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CertStatus.Infrastructure.Tests.Persistence.SqlServerStatements;

/// <summary>
/// The T-SQL the service sends to SQL Server — captured as EF Core's SQL Server provider writes it,
/// with no server (<see cref="CommandCapture"/>) — parses, and names only the model's tables and
/// columns. Each test drives the service's own classes, so what is checked is what is sent.
/// </summary>
public sealed class ServiceStatementsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] CommandsTouch =
    [
        "SELECT certifications", "INSERT certifications", "UPDATE certifications", "DELETE certifications",
        "SELECT certification_renewals", "INSERT certification_renewals", "UPDATE certification_renewals", "DELETE certification_renewals",
        "INSERT changes",
    ];

    private static readonly string[] IdempotencyTouches = ["SELECT idempotency_keys", "INSERT idempotency_keys", "UPDATE idempotency_keys", "DELETE idempotency_keys"];

    private const string ClaimInsert = "INSERT INTO [idempotency_keys]";

    private static readonly string[] StartUpTouches = ["SELECT __EFMigrationsHistory", "INSERT __EFMigrationsHistory"];

    private CommandCapture _capture = null!;

    [SetUp]
    public void NewCapture() => _capture = new CommandCapture();

    [Test]
    public async Task CertificationAndRenewalCommands_SendValidStatementsThatNameOnlyTheModel()
    {
        await using (var dbContext = _capture.CreateContext(new Caller("coordinator-7")))
        {
            await RunTheCommandsAsync(dbContext);
        }

        var statements = Captured();

        Assert.That(
            Touched(statements),
            Is.SupersetOf(CommandsTouch));
        AssertEveryStatementIsValid(statements);
    }

    [Test]
    public async Task IdempotencyStore_SendsValidStatementsThatNameOnlyTheModel()
    {
        await using (var dbContext = _capture.CreateContext(new Caller("coordinator-7")))
        {
            var store = new IdempotencyStore(dbContext, WriterQueue.For(DatabaseProvider.SqlServer), TimeProvider.System, Options.Create(new IdempotencyOptions()));
            var request = new IdempotentRequest("CertificationStatuses.Create", "key-1", new string('a', 64));

            Assert.That((await store.ClaimAsync(request, CancellationToken.None)).Outcome, Is.EqualTo(IdempotencyClaimOutcome.Claimed));
            await store.CompleteAsync(request, new StoredAnswer(201, "{}", "/certification-statuses/mentor-1", "\"v1\""), CancellationToken.None);
            await store.ReleaseAsync(request, CancellationToken.None);

            // A key already claimed: the insert inserts nothing, and the store reads the claim.
            _capture.RowsAffected = sql => sql.Contains(ClaimInsert, StringComparison.Ordinal) ? 0 : 1;
            Assert.That((await store.ClaimAsync(request, CancellationToken.None)).Outcome, Is.EqualTo(IdempotencyClaimOutcome.InFlight));
        }

        var statements = Captured();

        Assert.That(
            Touched(statements),
            Is.SupersetOf(IdempotencyTouches));
        AssertEveryStatementIsValid(statements);
    }

    [Test]
    public async Task IdempotencyClaim_ReadsTheKeyUnderAnUpdateKeyRangeLock()
    {
        await using (var dbContext = _capture.CreateContext(new Caller("coordinator-7")))
        {
            var store = new IdempotencyStore(dbContext, WriterQueue.For(DatabaseProvider.SqlServer), TimeProvider.System, Options.Create(new IdempotencyOptions()));
            _ = await store.ClaimAsync(new IdempotentRequest("CertificationStatuses.Create", "key-1", new string('a', 64)), CancellationToken.None);
        }

        // Without UPDLOCK and HOLDLOCK two claims could both find the key free, and the second
        // insert would fail on the primary key: the error (and EF Core's Error log) this statement avoids.
        var claim = TSqlStatements.Parse(_capture.Commands.Single(sql => sql.Contains(ClaimInsert, StringComparison.Ordinal)), out var errors);
        var hints = new TableHints();
        claim.Accept(hints);

        Assert.That(errors, Is.Empty);
        Assert.That(hints.Of("idempotency_keys"), Is.SupersetOf(new[] { TableHintKind.UpdLock, TableHintKind.HoldLock }));
    }

    [Test]
    public async Task ReadinessCheckAndMigrationsAtStartUp_SendValidStatementsThatNameOnlyTheModel()
    {
        await using (var services = new ServiceCollection().AddScoped<CertStatusDbContext>(_ => _capture.CreateContext(new Caller(null))).BuildServiceProvider())
        {
            using var check = new DatabaseReadinessCheck(
                services.GetRequiredService<IServiceScopeFactory>(),
                new DatabaseAvailability(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System),
                TimeProvider.System,
                NullLogger<DatabaseReadinessCheck>.Instance);
            var readiness = await check.CheckHealthAsync(new HealthCheckContext());

            // The fake server has no migrations history rows: the check got as far as reading it.
            Assert.That(readiness.Description, Does.Contain("lacks"));
        }

        await using (var dbContext = _capture.CreateContext(new Caller(null)))
        {
            // Database:MigrateOnStartup; the fake server reports no migration applied, so all are.
            await dbContext.Database.MigrateAsync();

            // What migrating does first where the database does not exist yet.
            await dbContext.GetService<IRelationalDatabaseCreator>().CreateAsync();
        }

        var statements = Captured();

        Assert.That(
            Touched(statements),
            Is.SupersetOf(StartUpTouches));
        Assert.That(statements, Has.Some.Contains("CREATE TABLE [certifications]").And.Some.Contains("sp_getapplock"));
        AssertEveryStatementIsValid(statements);
    }

    [Test]
    public async Task ACommitRetriedAfterATransientFailure_SendsTheWriteAndItsChangesAgain_Whole()
    {
        await using var dbContext = _capture.CreateContext(new Caller("coordinator-7"));
        var repository = new CertificationRepository(dbContext);
        var unitOfWork = new UnitOfWork(dbContext, WriterQueue.For(DatabaseProvider.SqlServer), new ChangeOutbox(ChangeFeedStatements.SqlServer, TimeProvider.System), new CommittedEvents());
        var certification = Certification.Issue("mentor-1", "peer_mentor_standard", Now.AddYears(-1), Now.AddMonths(1), Now);
        repository.Add(certification);
        await unitOfWork.CommitAsync(CancellationToken.None);
        _capture.Commands.Clear();

        // The second change row of the renewal's commit meets a deadlock: the strategy runs the whole again.
        var changeRows = 0;
        _capture.Failure = sql => sql.StartsWith("INSERT INTO changes", StringComparison.Ordinal) && ++changeRows == 2 ? CommandCapture.Deadlock() : null;
        var renewal = certification.Renew(Now, Now.AddYears(1), "coordinator-7", null, Now);
        await unitOfWork.CommitAsync(CancellationToken.None);

        var sent = _capture.Commands;
        using (Assert.EnterMultipleScope())
        {
            var renewalInserts = sent.Where(sql => sql.Contains("INSERT INTO [certification_renewals]", StringComparison.Ordinal)).ToList();
            Assert.That(renewalInserts, Has.Count.EqualTo(2), string.Join(Environment.NewLine, sent));
            Assert.That(renewalInserts.Distinct(StringComparer.Ordinal).ToList(), Has.Count.EqualTo(1), "the same insert both times");
            Assert.That(
                renewalInserts.Select(sql => sql[sql.IndexOf("INSERT INTO [certification_renewals] (", StringComparison.Ordinal)..].Split(')')[0]),
                Has.All.Not.Contains("renewal_number"),
                "the number left to the server both times");
            Assert.That(sent.Count(sql => sql.StartsWith("INSERT INTO changes", StringComparison.Ordinal)), Is.EqualTo(4), "two rows, sent twice");
            Assert.That(sent, Has.None.Contains("IDENTITY_INSERT"), "the retry lets the server number the renewal again");
            Assert.That(renewal.Number, Is.GreaterThan(0), "accepted after the commit");
            Assert.That(dbContext.Entry(renewal).State, Is.EqualTo(EntityState.Unchanged));
        }
    }

    /// <summary>"VERB table" for every table a statement reads or writes, an alias resolved to its table.</summary>
    private static HashSet<string> Touched(IEnumerable<string> statements)
    {
        var collector = new TouchedTables();
        foreach (var statement in statements)
        {
            TSqlStatements.Parse(statement, out _).Accept(collector);
        }

        return collector.Touched;
    }

    private static void AssertEveryStatementIsValid(List<string> statements)
    {
        TestContext.Out.WriteLine($"{statements.Count} distinct commands checked.");
        Assert.Multiple(() =>
        {
            for (var index = 0; index < statements.Count; index++)
            {
                TSqlStatements.AssertValid(statements[index], $"command {index + 1} of {statements.Count}");
            }
        });
    }

    /// <summary>
    /// What the command handlers do, through the repository and unit of work they use. The fake
    /// server answers queries without rows, so each command works on the aggregate the previous one
    /// saved, still tracked as a load leaves it: SaveChanges then sends what it sends after a load.
    /// </summary>
    private async Task RunTheCommandsAsync(CertStatusDbContext dbContext)
    {
        var repository = new CertificationRepository(dbContext);
        var unitOfWork = new UnitOfWork(dbContext, WriterQueue.For(DatabaseProvider.SqlServer), new ChangeOutbox(ChangeFeedStatements.SqlServer, TimeProvider.System), new CommittedEvents());

        // Create.
        _capture.AnswerNextQuery(false);
        Assert.That(await repository.ExistsAsync("mentor-1", CancellationToken.None), Is.False);
        var certification = Certification.Issue("mentor-1", "peer_mentor_standard", Now.AddYears(-1), Now.AddMonths(1), Now);
        repository.Add(certification);
        await unitOfWork.CommitAsync(CancellationToken.None);

        // Change the expiry.
        _ = await repository.FindAsync("mentor-1", CancellationToken.None);
        certification.ChangeExpiry(Now.AddMonths(2), "extended by the board", Now);
        await unitOfWork.CommitAsync(CancellationToken.None);

        // Renew, twice.
        _ = await repository.FindAsync("mentor-1", CancellationToken.None);
        var first = certification.Renew(Now, Now.AddYears(1), "coordinator-7", "first", Now);
        await unitOfWork.CommitAsync(CancellationToken.None);
        _ = await repository.FindAsync("mentor-1", CancellationToken.None);
        var second = certification.Renew(Now.AddDays(1), Now.AddYears(2), "coordinator-7", null, Now);
        await unitOfWork.CommitAsync(CancellationToken.None);

        // Correct the latest renewal's expiry (the certification's moves too), then an older one's notes.
        _ = await repository.FindByRenewalAsync(second.Number, CancellationToken.None);
        certification.CorrectRenewal(second, Now.AddYears(3), "corrected", Now);
        await unitOfWork.CommitAsync(CancellationToken.None);
        _ = await repository.FindByRenewalAsync(first.Number, CancellationToken.None);
        certification.CorrectRenewal(first, null, "older one corrected", Now);
        await unitOfWork.CommitAsync(CancellationToken.None);

        // Delete the latest renewal.
        _ = await repository.FindByRenewalAsync(second.Number, CancellationToken.None);
        certification.RemoveRenewal(second, Now);
        await unitOfWork.CommitAsync(CancellationToken.None);

        // Delete the certification, with the renewal it still has.
        _ = await repository.FindAsync("mentor-1", CancellationToken.None);
        // As the repository's Include leaves it when the server answers: the unit of work records a
        // delete for each renewal, so it refuses a certification whose renewals were not loaded.
        dbContext.Entry(certification).Collection(c => c.Renewals).IsLoaded = true;
        repository.Remove(certification);
        await unitOfWork.CommitAsync(CancellationToken.None);
    }

    private List<string> Captured()
    {
        Assert.That(_capture.Commands, Is.Not.Empty, "nothing was captured");
        return [.. _capture.Commands.Distinct(StringComparer.Ordinal)];
    }

    private sealed class Caller(string? id) : ICurrentCaller
    {
        public string? Id => id;
    }

    /// <summary>The table hints each named table is read with.</summary>
    private sealed class TableHints : TSqlFragmentVisitor
    {
        private readonly List<NamedTableReference> _tables = [];

        public IEnumerable<TableHintKind> Of(string table) => _tables
            .Where(reference => reference.SchemaObject.BaseIdentifier.Value == table)
            .SelectMany(reference => reference.TableHints.Select(hint => hint.HintKind));

        public override void Visit(NamedTableReference node) => _tables.Add(node);
    }

    private sealed class TouchedTables : TSqlFragmentVisitor
    {
        private int _selects;

        public HashSet<string> Touched { get; } = [];

        public override void ExplicitVisit(SelectStatement node)
        {
            _selects++;
            base.ExplicitVisit(node);
            _selects--;
        }

        public override void Visit(QuerySpecification node)
        {
            if (_selects > 0)
            {
                foreach (var table in node.FromClause?.TableReferences.SelectMany(Tables) ?? [])
                {
                    Touched.Add($"SELECT {table.SchemaObject.BaseIdentifier.Value}");
                }
            }
        }

        public override void Visit(InsertSpecification node) => AddWrite("INSERT", node.Target, null);

        public override void Visit(UpdateSpecification node) => AddWrite("UPDATE", node.Target, node.FromClause);

        public override void Visit(DeleteSpecification node) => AddWrite("DELETE", node.Target, node.FromClause);

        private static IEnumerable<NamedTableReference> Tables(TableReference reference) => reference switch
        {
            NamedTableReference named => [named],
            JoinTableReference join => Tables(join.FirstTableReference).Concat(Tables(join.SecondTableReference)),
            JoinParenthesisTableReference parenthesis => Tables(parenthesis.Join),
            _ => [],
        };

        private void AddWrite(string verb, TableReference target, FromClause? from)
        {
            var name = ((NamedTableReference)target).SchemaObject.BaseIdentifier.Value;
            var aliased = from?.TableReferences.SelectMany(Tables).FirstOrDefault(table => table.Alias?.Value == name);
            Touched.Add($"{verb} {aliased?.SchemaObject.BaseIdentifier.Value ?? name}");
        }
    }
}
