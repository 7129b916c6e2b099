using System.Globalization;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// Instants as SQLite holds them: text in the form EF Core's SQLite provider writes a UTC
/// <see cref="DateTime"/>, <c>yyyy-MM-dd HH:mm:ss</c> with up to seven fraction digits after a dot
/// when there are any. Text compares in time order in that form, which is what the indexes on
/// dates rely on. The read side parses it by position: a culture-aware <c>DateTime.Parse</c> of
/// every date of every row was a tenth of a list page's time (docs/performance.md).
/// </summary>
internal static class SqliteInstants
{
    public const string StoredFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private const int SecondsLength = 19;
    private const int MaxFractionDigits = 7;

    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString(StoredFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (TryParseStoredForm(stored, out var instant))
        {
            return instant;
        }

        // Text in another form was not written by the service (a row edited by hand or by another
        // tool); read it as Microsoft.Data.Sqlite would, rather than refuse the row.
        var parsed = DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
    }

    public static bool TryParseStoredForm(ReadOnlySpan<char> text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length < SecondsLength
            || text.Length == SecondsLength + 1
            || text.Length > SecondsLength + 1 + MaxFractionDigits
            || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text[..4], out var year)
            || !TryDigits(text[5..7], out var month)
            || !TryDigits(text[8..10], out var day)
            || !TryDigits(text[11..13], out var hour)
            || !TryDigits(text[14..16], out var minute)
            || !TryDigits(text[17..19], out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long fractionTicks = 0;
        if (text.Length > SecondsLength)
        {
            var fraction = text[(SecondsLength + 1)..];
            if (text[SecondsLength] != '.' || !TryDigits(fraction, out var digits))
            {
                return false;
            }

            fractionTicks = digits;
            for (var scale = fraction.Length; scale < MaxFractionDigits; scale++)
            {
                fractionTicks *= 10;
            }
        }

        var seconds = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        instant = new DateTimeOffset(seconds.AddTicks(fractionTicks));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var character in text)
        {
            var digit = character - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
