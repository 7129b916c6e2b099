using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Events;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Reading;
using CertStatus.Infrastructure.Persistence.Repositories;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Infrastructure.Tests.Persistence.ChangeFeed;

/// <summary>
/// Every commit of the unit of work writes the changes it made to the feed's table in its own
/// transaction, on a real SQLite file: an upsert with the stored fields for each certification or
/// renewal added or changed, a delete for each removed (the renewals of a deleted certification
/// included), in an order a consumer can apply; a commit that fails writes none.
/// </summary>
public sealed class ChangeOutboxTests
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-outbox-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly WriterQueue _writers = WriterQueue.For(DatabaseProvider.Sqlite);

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    [SetUp]
    public async Task CreateSchema()
    {
        await using var dbContext = NewContext();
        await dbContext.Database.MigrateAsync();
    }

    [TearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [Test]
    public async Task EveryKindOfWrite_RecordsItsChanges_InCommitOrder()
    {
        var issued = Now.AddYears(-1);
        await AddAsync(Certification.Issue("mentor-1", "peer_mentor_standard", issued, Now.AddMonths(1), Now));
        await CommitAsync(async (certifications, ct) => (await certifications.FindAsync("mentor-1", ct))!.ChangeExpiry(Now.AddMonths(2), "board", Now));
        await CommitAsync(async (certifications, ct) => (await certifications.FindAsync("mentor-1", ct))!.Renew(Now, Now.AddYears(1), "admin-1", "first", Now));
        await CommitAsync(async (certifications, ct) => (await certifications.FindAsync("mentor-1", ct))!.Renew(Now, Now.AddYears(2), "admin-1", null, Now));
        await CommitAsync(async (certifications, ct) =>
        {
            var certification = (await certifications.FindAsync("mentor-1", ct))!;
            certification.CorrectRenewal(Latest(certification), Now.AddYears(3), "corrected", Now);
        });
        await CommitAsync(async (certifications, ct) =>
        {
            var certification = (await certifications.FindAsync("mentor-1", ct))!;
            certification.CorrectRenewal(certification.Renewals.MinBy(r => r.Sequence)!, null, "older", Now);
        });
        await CommitAsync(async (certifications, ct) =>
        {
            var certification = (await certifications.FindAsync("mentor-1", ct))!;
            certification.RemoveRenewal(Latest(certification), Now);
        });
        await CommitAsync(async (certifications, ct) => certifications.Remove((await certifications.FindAsync("mentor-1", ct))!));

        var rows = await ReadRowsAsync();

        Assert.That(rows.Select(row => $"{row.Resource} {row.ResourceId} {row.Operation}"), Is.EqualTo(new List<string>
        {
            "certification-status mentor-1 upsert",
            "certification-status mentor-1 upsert",
            "certification-status mentor-1 upsert", "certification-renewal renewal-0001 upsert",
            "certification-status mentor-1 upsert", "certification-renewal renewal-0002 upsert",
            "certification-status mentor-1 upsert", "certification-renewal renewal-0002 upsert",
            "certification-status mentor-1 upsert", "certification-renewal renewal-0001 upsert",
            "certification-renewal renewal-0002 delete", "certification-status mentor-1 upsert",
            "certification-renewal renewal-0001 delete", "certification-status mentor-1 delete",
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(row => row.Sequence), Is.Ordered.Ascending.And.Unique);
            Assert.That(rows.Where(row => row.Operation == "delete").Select(row => row.Data), Has.All.Null);
            Assert.That(rows.Where(row => row.Operation == "upsert").Select(row => row.Data), Has.None.Null);
            Assert.That(rows.Select(row => row.ChangedAt), Has.All.EqualTo(SqliteInstantText(Now)));
        }
    }

    [Test]
    public async Task AnUpsert_HoldsTheStoredFieldsAsTheWriteLeftThem()
    {
        Certification certification = null!;
        Renewal renewal = null!;
        await AddAsync(Certification.Issue("mentor-2", "peer_mentor_advanced", Now.AddYears(-1), Now.AddMonths(1), Now));
        await CommitAsync(async (certifications, ct) =>
        {
            certification = (await certifications.FindAsync("mentor-2", ct))!;
            renewal = certification.Renew(Now.AddDays(-1), Now.AddYears(1).AddTicks(7), "admin-2", "notes", Now);
        });

        var rows = await ReadRowsAsync();
        var status = ChangeSnapshots.CertificationFrom(rows[^2].Data!);
        var renewed = ChangeSnapshots.RenewalFrom(rows[^1].Data!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(new Application.Certifications.CertificationReadModel(
                "mentor-2", "peer_mentor_advanced", certification.IssueDate, certification.ExpiryDate, certification.LastRenewalDate,
                null, certification.CreatedAt, certification.UpdatedAt, certification.Version)));
            Assert.That(renewed, Is.EqualTo(new Application.Renewals.RenewalReadModel(
                renewal.Number, "mentor-2", renewal.RenewalDate, renewal.NewExpiryDate, renewal.PreviousExpiryDate, "admin-2", "notes",
                renewal.CreatedAt, null, renewal.Version)));
            Assert.That(renewal.Number, Is.GreaterThan(0), "the snapshot names the number the database gave");
        }
    }

    [Test]
    public async Task ACommitThatFails_RecordsNoChange()
    {
        await AddAsync(Certification.Issue("mentor-3", "peer_mentor_standard", Now.AddYears(-1), Now.AddMonths(1), Now));
        await using var loser = NewContext();
        var loserRepository = new CertificationRepository(loser);
        var stale = (await loserRepository.FindAsync("mentor-3", CancellationToken.None))!;
        await CommitAsync(async (certifications, ct) => (await certifications.FindAsync("mentor-3", ct))!.ChangeExpiry(Now.AddMonths(3), "first", Now));

        stale.Renew(Now, Now.AddYears(1), "admin-3", null, Now);
        var committed = new CommittedEvents();
        Assert.ThrowsAsync<ConcurrencyConflictException>(() => NewUnitOfWork(loser, committed).CommitAsync(CancellationToken.None));

        Assert.That((await ReadRowsAsync()).Select(row => row.ResourceId), Is.EqualTo(new List<string> { "mentor-3", "mentor-3" }));
        Assert.That(committed.TakeAll(), Is.Empty, "a renewal that never committed never happened");
    }

    [Test]
    public async Task ACommit_HandsOnWhatTheAggregatesRecorded_Once()
    {
        await using var dbContext = NewContext();
        var certification = Certification.Issue("mentor-5", "peer_mentor_standard", Now.AddYears(-1), Now.AddMonths(1), Now);
        new CertificationRepository(dbContext).Add(certification);
        certification.Renew(Now, Now.AddYears(1), "admin-5", null, Now);
        var committed = new CommittedEvents();

        await NewUnitOfWork(dbContext, committed).CommitAsync(CancellationToken.None);

        Assert.That(committed.TakeAll(), Is.EqualTo(new object[] { new CertificationIssued("mentor-5"), new RenewalRecorded("mentor-5") }));
        Assert.That(certification.TakeDomainEvents(), Is.Empty, "taken by the commit, so a second commit cannot hand them on again");
    }

    [Test]
    public void DeletingACertificationWithoutItsRenewalsLoaded_IsRefused()
    {
        Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await AddAsync(Certification.Issue("mentor-4", "peer_mentor_standard", Now.AddYears(-1), Now.AddMonths(1), Now));
            await using var dbContext = NewContext();
            var certification = await dbContext.Certifications.SingleAsync(c => c.MentorId == "mentor-4");
            dbContext.Certifications.Remove(certification);
            await NewUnitOfWork(dbContext).CommitAsync(CancellationToken.None);
        });
    }

    private static Renewal Latest(Certification certification) => certification.Renewals.MaxBy(r => r.Sequence)!;

    private static string SqliteInstantText(DateTimeOffset instant) => SqliteInstants.Format(instant);

    private CertStatusDbContext NewContext() =>
        ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite(ConnectionString));

    private UnitOfWork NewUnitOfWork(CertStatusDbContext dbContext, CommittedEvents? committed = null) =>
        new(dbContext, _writers, new ChangeOutbox(ChangeFeedStatements.Sqlite, _clock), committed ?? new CommittedEvents());

    private Task AddAsync(Certification certification) => CommitAsync((certifications, _) =>
    {
        certifications.Add(certification);
        return Task.CompletedTask;
    });

    /// <summary>One request's worth: a fresh context, the change, one commit.</summary>
    private async Task CommitAsync(Func<CertificationRepository, CancellationToken, Task> change)
    {
        await using var dbContext = NewContext();
        await change(new CertificationRepository(dbContext), CancellationToken.None);
        await NewUnitOfWork(dbContext).CommitAsync(CancellationToken.None);
    }

    private async Task<List<StoredChange>> ReadRowsAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        return [.. await connection.QueryAsync<StoredChange>(
            "SELECT sequence AS Sequence, resource AS Resource, resource_id AS ResourceId, operation AS Operation, changed_at AS ChangedAt, data AS Data FROM changes ORDER BY sequence")];
    }

    private sealed record StoredChange(long Sequence, string Resource, string ResourceId, string Operation, string ChangedAt, string? Data);
}
