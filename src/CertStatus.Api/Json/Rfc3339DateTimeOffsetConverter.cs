using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CertStatus.Api.Json;

/// <summary>
/// Reads only RFC 3339 date-times that carry an offset or <c>Z</c> (a bare date, or a time
/// without an offset, is ambiguous and refused), and writes UTC with <c>Z</c>, showing fractional
/// seconds only when they are not zero.
/// </summary>
internal sealed partial class Rfc3339DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InvalidDateTimeException();
        }

        var text = reader.GetString();
        if (text is null
            || !Rfc3339DateTime().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new InvalidDateTimeException();
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // The format string is longer than any text it produces.
        Span<char> text = stackalloc char[UtcFormat.Length];
        value.UtcDateTime.TryFormat(text, out var length, UtcFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339DateTime();
}

/// <summary>A date-time that is not RFC 3339 with an offset; its message is safe to show to callers.</summary>
internal sealed class InvalidDateTimeException()
    : JsonException("must be an RFC 3339 date-time with a time-zone offset or 'Z', such as 2026-03-26T00:00:00Z");
