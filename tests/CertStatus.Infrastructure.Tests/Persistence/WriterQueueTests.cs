using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Infrastructure.Tests.Persistence;

public sealed class WriterQueueTests
{
    [Test]
    public async Task WaitForTurnAsync_OnSqlite_LetsOneWriterInAtATimeInArrivalOrder()
    {
        var queue = WriterQueue.For(DatabaseProvider.Sqlite);
        var first = await queue.WaitForTurnAsync(CancellationToken.None);
        var admitted = new List<int>();
        var waiting = Enumerable.Range(1, 20).Select(async writer =>
        {
            using (await queue.WaitForTurnAsync(CancellationToken.None))
            {
                lock (admitted)
                {
                    admitted.Add(writer);
                }

                // Holds the turn across an await, as a write to the database does.
                await Task.Yield();
            }
        }).ToList();

        Assert.That(admitted, Is.Empty, "nobody writes while the first writer holds its turn");
        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.That(admitted, Is.EqualTo(Enumerable.Range(1, 20)), "first come, first served");
    }

    [Test]
    public async Task WaitForTurnAsync_OnSqlite_WhenCancelled_LeavesTheQueueWithoutATurn()
    {
        var queue = WriterQueue.For(DatabaseProvider.Sqlite);
        var holder = await queue.WaitForTurnAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = queue.WaitForTurnAsync(cancellation.Token).AsTask();
        var next = queue.WaitForTurnAsync(CancellationToken.None).AsTask();

        await cancellation.CancelAsync();

        // SemaphoreSlim removes a cancelled waiter on a continuation of its own, so the holder gives
        // its turn back only once the cancellation has been seen: a release before that could still
        // hand the cancelled waiter the turn, as the semaphore's own contract allows.
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        holder.Dispose();
        using var turn = await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task WaitForTurnAsync_OnSqlServer_NeverWaits()
    {
        var queue = WriterQueue.For(DatabaseProvider.SqlServer);
        using var first = await queue.WaitForTurnAsync(CancellationToken.None);

        var second = queue.WaitForTurnAsync(CancellationToken.None);

        Assert.That(second.IsCompletedSuccessfully, Is.True, "SQL Server locks rows: writers do not queue in the service");
    }
}
