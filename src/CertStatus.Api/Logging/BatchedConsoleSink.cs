using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace CertStatus.Api.Logging;

/// <summary>
/// Writes log events to standard output a batch at a time: each event formatted into one buffer,
/// the buffer written with one system call. Serilog's own batching (<c>WriteTo.Sink(…, BatchingOptions)</c>)
/// queues the events and wakes this sink once per batch. Written one event at a time, the request
/// log line cost a write system call and a wake-up of the logging thread per request — a tenth of
/// the CPU of a GET (docs/performance.md, cost budget).
/// </summary>
internal sealed class BatchedConsoleSink(ITextFormatter formatter, Stream output) : IBatchedLogEventSink, IDisposable
{
    private const int BufferBytes = 64 * 1024;

    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferBytes) { AutoFlush = false };

    public static BatchedConsoleSink ToStandardOutput(ITextFormatter formatter) => new(formatter, Console.OpenStandardOutput());

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _writer);
        }

        // Flushed at the end of every batch: a line waits at most for the batching interval.
        _writer.Flush();
        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose() => _writer.Dispose();
}
