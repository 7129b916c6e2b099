using CertStatus.Api.Idempotency;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace CertStatus.Api.Tests.Idempotency;

/// <summary>A store that fails after the write never changes the caller's answer; it is logged once, at the right level.</summary>
public sealed class IdempotencyBookkeepingTests
{
    private static readonly IdempotentRequest Request = new("CertificationStatuses.Create", "key-1", new string('a', 64));

    [Test]
    public async Task CompleteAsync_WhenTheStoreFails_LogsAWarningNamingTheOperation_AndDoesNotThrow()
    {
        var logger = new FakeLogger();

        await Bookkeeping(new FailingStore(new InvalidOperationException("disk")), logger)
            .CompleteAsync(Request, new StoredAnswer(201, "{}", null, null));

        var record = logger.Collector.LatestRecord;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(record.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(record.Message, Is.EqualTo("Could not store the answer for an Idempotency-Key of CertificationStatuses.Create"));
            Assert.That(record.Exception, Is.InstanceOf<InvalidOperationException>());
        }
    }

    [Test]
    public async Task ReleaseAsync_WhenTheStoreFails_LogsAWarning_AndDoesNotThrow()
    {
        var logger = new FakeLogger();

        await Bookkeeping(new FailingStore(new InvalidOperationException("disk")), logger).ReleaseAsync(Request);

        Assert.That(logger.Collector.LatestRecord.Message, Is.EqualTo("Could not release an Idempotency-Key of CertificationStatuses.Create"));
    }

    [Test]
    public async Task ReleaseAsync_WhenTheDatabaseIsDown_LeavesTheOutageToItsOwnLogLine()
    {
        var logger = new FakeLogger();

        await Bookkeeping(new FailingStore(new RetryLimitExceededException("down")), logger).ReleaseAsync(Request);

        Assert.That(logger.Collector.Count, Is.Zero);
    }

    [Test]
    public void ReleaseAsync_WhenCancelled_LetsTheCancellationThrough() =>
        Assert.ThrowsAsync<OperationCanceledException>(
            () => Bookkeeping(new FailingStore(new OperationCanceledException()), new FakeLogger()).ReleaseAsync(Request));

    private static IdempotencyBookkeeping Bookkeeping(IIdempotencyStore store, FakeLogger logger) =>
        new(store, new DatabaseAvailability(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System), logger);

    private sealed class FailingStore(Exception failure) : IIdempotencyStore
    {
        public Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(IdempotencyClaim.Claimed);

        public Task CompleteAsync(IdempotentRequest request, StoredAnswer answer, CancellationToken cancellationToken) =>
            Task.FromException(failure);

        public Task ReleaseAsync(IdempotentRequest request, CancellationToken cancellationToken) =>
            Task.FromException(failure);
    }
}
