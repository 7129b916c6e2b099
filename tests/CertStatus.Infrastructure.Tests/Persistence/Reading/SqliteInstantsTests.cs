using System.Globalization;
using CertStatus.Infrastructure.Persistence.Reading;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

public sealed class SqliteInstantsTests
{
    [TestCase("2026-03-26 00:00:00", "2026-03-26T00:00:00.0000000Z")]
    [TestCase("2026-03-26 13:45:07.5", "2026-03-26T13:45:07.5000000Z")]
    [TestCase("2026-03-26 13:45:07.1234567", "2026-03-26T13:45:07.1234567Z")]
    [TestCase("2024-02-29 23:59:59.0000001", "2024-02-29T23:59:59.0000001Z")]
    [TestCase("1900-01-01 00:00:00", "1900-01-01T00:00:00.0000000Z")]
    public void TryParseStoredForm_OfTheStoredForm_ReadsTheExactInstantInUtc(string stored, string expected)
    {
        var parsed = SqliteInstants.TryParseStoredForm(stored, out var instant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(instant, Is.EqualTo(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture)));
            Assert.That(instant.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [TestCase("2026-03-26T00:00:00")]
    [TestCase("2026-03-26 00:00:00Z")]
    [TestCase("2026-03-26 00:00:00.")]
    [TestCase("2026-03-26 00:00:00.12345678")]
    [TestCase("2026-02-30 00:00:00")]
    [TestCase("2026-13-01 00:00:00")]
    [TestCase("2026-03-26 24:00:00")]
    [TestCase("2026-03-26 00:60:00")]
    [TestCase("2026-03-26 00:00:0x")]
    [TestCase("2026-03-26")]
    [TestCase("")]
    public void TryParseStoredForm_OfAnyOtherText_Declines(string text)
    {
        Assert.That(SqliteInstants.TryParseStoredForm(text, out _), Is.False);
    }

    [TestCase("2026-03-26T10:00:00Z", "2026-03-26T10:00:00Z")]
    [TestCase("2026-03-26T10:00:00+02:00", "2026-03-26T08:00:00Z")]
    [TestCase("2026-03-26", "2026-03-26T00:00:00Z")]
    public void Parse_OfTextNotInTheStoredForm_StillReadsItAsUtc(string stored, string expected)
    {
        Assert.That(SqliteInstants.Parse(stored), Is.EqualTo(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Format_WritesWhatTryParseStoredFormReadsBack()
    {
        var instant = new DateTimeOffset(2026, 11, 30, 4, 22, 3, TimeSpan.FromHours(-5)).AddTicks(9_702_501);

        var stored = SqliteInstants.Format(instant);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored, Is.EqualTo("2026-11-30 09:22:03.9702501"));
            Assert.That(SqliteInstants.TryParseStoredForm(stored, out var read), Is.True);
            Assert.That(read, Is.EqualTo(instant));
        }
    }
}
