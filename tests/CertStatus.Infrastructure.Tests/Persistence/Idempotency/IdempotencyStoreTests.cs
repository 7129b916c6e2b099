using System.Data.Common;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Infrastructure.Tests.Persistence.Idempotency;

/// <summary>
/// Claims on a real SQLite file. A key already taken is the everyday answer to a retry: finding it
/// must not cost a failed command (which the database raises and EF Core logs).
/// </summary>
public sealed class IdempotencyStoreTests
{
    private static readonly IdempotentRequest Request = new("CertificationStatuses.Create", "key-1", new string('a', 64));
    private static readonly StoredAnswer Created = new(201, "{}", "/certification-statuses/mentor-1", "\"v1\"");
    private static readonly IdempotencyOptions Lifetimes = new();

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-keys-{Guid.NewGuid():N}.db");
    private readonly FailedCommands _failed = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));

    [SetUp]
    public async Task MigrateAsync()
    {
        await using var dbContext = Context();
        await dbContext.Database.MigrateAsync();
    }

    [TearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [Test]
    public async Task Claim_OfAKeyTaken_FindsTheClaim_WithoutAFailedCommand()
    {
        await using var first = Context();
        await using var repeat = Context();

        var claimed = await Store(first).ClaimAsync(Request, CancellationToken.None);
        var inFlight = await Store(repeat).ClaimAsync(Request, CancellationToken.None);
        var otherBody = await Store(repeat).ClaimAsync(Request with { RequestHash = new string('b', 64) }, CancellationToken.None);
        await Store(first).CompleteAsync(Request, Created, CancellationToken.None);
        var replay = await Store(repeat).ClaimAsync(Request, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed.Outcome, Is.EqualTo(IdempotencyClaimOutcome.Claimed));
            Assert.That(inFlight.Outcome, Is.EqualTo(IdempotencyClaimOutcome.InFlight));
            Assert.That(otherBody.Outcome, Is.EqualTo(IdempotencyClaimOutcome.KeyReusedWithAnotherRequest));
            Assert.That(replay.Outcome, Is.EqualTo(IdempotencyClaimOutcome.Replay));
            Assert.That(replay.Answer, Is.EqualTo(Created));
            Assert.That(_failed.Commands, Is.Empty);
        }
    }

    [Test]
    public async Task Claim_OnceAnAbandonedClaimTimedOut_ClaimsTheKeyAgain()
    {
        // The instants the claim statement writes compare, to the tick, with the ones EF Core sends.
        await using var dbContext = Context();
        await Store(dbContext).ClaimAsync(Request, CancellationToken.None);

        _clock.Advance(Lifetimes.InFlightTimeout - TimeSpan.FromTicks(1));
        var stillHeld = await Store(dbContext).ClaimAsync(Request, CancellationToken.None);
        _clock.Advance(TimeSpan.FromTicks(1));
        var expired = await Store(dbContext).ClaimAsync(Request, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stillHeld.Outcome, Is.EqualTo(IdempotencyClaimOutcome.InFlight));
            Assert.That(expired.Outcome, Is.EqualTo(IdempotencyClaimOutcome.Claimed));
            Assert.That(await dbContext.IdempotencyRecords.CountAsync(), Is.EqualTo(1));
            Assert.That(_failed.Commands, Is.Empty);
        }
    }

    private CertStatusDbContext Context() =>
        ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite($"Data Source={_path};Pooling=False").AddInterceptors(_failed));

    private IdempotencyStore Store(CertStatusDbContext dbContext) =>
        new(dbContext, WriterQueue.For(DatabaseProvider.Sqlite), _clock, Options.Create(Lifetimes));

    private sealed class FailedCommands : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
            Commands.Add($"{eventData.Exception.Message}: {command.CommandText}");

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            CommandFailed(command, eventData);
            return Task.CompletedTask;
        }
    }
}
