using System.Text;
using CertStatus.Api.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace CertStatus.Api.Tests.Logging;

public sealed class BatchedConsoleSinkTests
{
    [Test]
    public async Task EmitBatchAsync_WritesEveryEventAsOneJsonLine_AndFlushesAtTheEndOfTheBatch()
    {
        using var output = new WriteCountingStream();
        using var sink = new BatchedConsoleSink(new RenderedCompactJsonFormatter(), output);

        await sink.EmitBatchAsync([Event("first {Number}", 1), Event("second {Number}", 2), Event("third {Number}", 3)]);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines[0], Does.Contain("\"@m\":\"first 1\""));
            Assert.That(lines[2], Does.Contain("\"@m\":\"third 3\""));
            Assert.That(output.Writes, Is.EqualTo(1), "the whole batch in one write");
        }
    }

    [Test]
    public async Task EmitBatchAsync_WritesNoByteOrderMark()
    {
        using var output = new WriteCountingStream();
        using var sink = new BatchedConsoleSink(new RenderedCompactJsonFormatter(), output);

        await sink.EmitBatchAsync([Event("only", 0)]);

        Assert.That(output.ToArray()[0], Is.EqualTo((byte)'{'));
    }

    private static LogEvent Event(string template, int number) => new(
        DateTimeOffset.UnixEpoch,
        LogEventLevel.Information,
        exception: null,
        new MessageTemplateParser().Parse(template),
        [new LogEventProperty("Number", new ScalarValue(number))]);

    /// <summary>Counts writes; a span written to a derived MemoryStream arrives here as an array.</summary>
    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }
    }
}
