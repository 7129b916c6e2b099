namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// Where this process's writes wait for the database. SQLite lets one connection write at a time;
/// a second writer that tries anyway gets <c>SQLITE_BUSY</c>, and Microsoft.Data.Sqlite answers
/// that by sleeping 150 ms on its thread and trying again until the command time-out, so waiting
/// writers poll in no order and the unlucky ones wait seconds (docs/performance.md). On SQLite,
/// writes therefore queue here instead, in arrival order, and each finds the database free. SQL
/// Server locks rows, not the database: there every write goes straight on.
/// </summary>
/// <remarks>
/// One process per SQLite file is the documented deployment (docs/operations.md); a writer in
/// another process still meets SQLite's busy handling, as before. The order is
/// <see cref="SemaphoreSlim"/>'s: asynchronous waiters are released first come, first served
/// (pinned by a test, since the documentation does not promise it).
/// </remarks>
internal sealed class WriterQueue
{
    private readonly SemaphoreSlim? _oneWriter;

    private WriterQueue(SemaphoreSlim? oneWriter) => _oneWriter = oneWriter;

    public static WriterQueue For(DatabaseProvider provider) =>
        new(provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null);

    /// <summary>Waits until this caller may write; disposing the turn lets the next one in.</summary>
    public async ValueTask<Turn> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (_oneWriter is null)
        {
            return default;
        }

        await _oneWriter.WaitAsync(cancellationToken);
        return new Turn(_oneWriter);
    }

    public readonly struct Turn : IDisposable
    {
        private readonly SemaphoreSlim? _writer;

        internal Turn(SemaphoreSlim writer) => _writer = writer;

        public void Dispose() => _writer?.Release();
    }
}
