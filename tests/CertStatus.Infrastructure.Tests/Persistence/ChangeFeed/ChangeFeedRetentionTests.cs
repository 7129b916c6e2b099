using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Reading;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Infrastructure.Tests.Persistence.ChangeFeed;

/// <summary>
/// The clean-up on a real SQLite file: it deletes the changes made before the cut-off in batches of
/// <see cref="ChangeFeedRetention.BatchSize"/>, only a prefix of the feed, and records the highest
/// position it deleted.
/// </summary>
public sealed class ChangeFeedRetentionTests
{
    private static readonly DateTimeOffset Cutoff = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-retention-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private ChangeFeedRetention _retention = null!;

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    [SetUp]
    public async Task CreateSchema()
    {
        _services = new ServiceCollection()
            .AddDbContext<CertStatusDbContext, SqliteCertStatusDbContext>(options => options.UseSqlite(ConnectionString))
            .BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CertStatusDbContext>().Database.MigrateAsync();
        }

        _retention = new ChangeFeedRetention(
            _services.GetRequiredService<IServiceScopeFactory>(),
            WriterQueue.For(DatabaseProvider.Sqlite),
            ChangeFeedStatements.Sqlite);
    }

    [TearDown]
    public async Task DeleteDatabase()
    {
        await _services.DisposeAsync();
        File.Delete(_path);
    }

    [Test]
    public async Task PruneAsync_DeletesEveryChangeBeforeTheCutoff_InBatches_AndRecordsTheLastPosition()
    {
        var old = Enumerable.Repeat(Cutoff.AddDays(-3), (2 * ChangeFeedRetention.BatchSize) + 200);
        await AppendAsync([.. old, Cutoff, Cutoff.AddDays(1)]);

        var deleted = await _retention.PruneAsync(Cutoff, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted, Is.EqualTo(1200));
            Assert.That(await RemainingAsync(), Is.EqualTo(new List<long> { 1201, 1202 }), "a change at the cut-off is kept");
            Assert.That(await PrunedThroughAsync(), Is.EqualTo(1200));
        }
    }

    [Test]
    public async Task PruneAsync_StopsAtTheFirstChangeNotDue()
    {
        await AppendAsync([Cutoff.AddDays(-2), Cutoff.AddDays(-2), Cutoff.AddDays(2), Cutoff.AddDays(-1)]);

        var deleted = await _retention.PruneAsync(Cutoff, CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(await RemainingAsync(), Is.EqualTo(new List<long> { 3, 4 }));
        Assert.That(await PrunedThroughAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task PruneAsync_WithNothingDue_DeletesNothing()
    {
        await AppendAsync([Cutoff.AddDays(1)]);

        Assert.That(await _retention.PruneAsync(Cutoff, CancellationToken.None), Is.Zero);
        Assert.That(await PrunedThroughAsync(), Is.Zero);
    }

    private async Task AppendAsync(DateTimeOffset[] changedAt)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var instant in changedAt)
        {
            await connection.ExecuteAsync(
                ChangeFeedStatements.Sqlite.Append,
                new { Resource = "certification-status", ResourceId = "mentor-1", Operation = "delete", ChangedAt = SqliteInstants.Format(instant), Data = (string?)null },
                transaction);
        }

        await transaction.CommitAsync();
    }

    private async Task<List<long>> RemainingAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        return [.. await connection.QueryAsync<long>("SELECT sequence FROM changes ORDER BY sequence")];
    }

    private async Task<long> PrunedThroughAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<long>(ChangeFeedStatements.Sqlite.PrunedThrough);
    }
}
