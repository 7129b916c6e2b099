using System.Globalization;
using System.Text;
using CertStatus.Api.Tests.Robustness.Hostile;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Robustness.Fuzz;

/// <summary>
/// Makes the next fuzz request: a valid request to one of the write routes (or a valid list query)
/// with zero to three mutations applied — at the JSON level (member deleted, duplicated, renamed,
/// its value swapped for another type, a huge or random-Unicode string, a boundary date) and at the
/// byte level (bit flips, truncation, inserted or deleted bytes), plus random query parameters and
/// content types. Everything comes from one seeded <see cref="Random"/>, so a run is reproducible.
/// </summary>
public sealed class RequestMutator(Random random)
{
    private static readonly string[] BoundaryDates =
    [
        "\"1899-12-31T23:59:59Z\"", "\"1900-01-01T00:00:00Z\"", "\"1900-01-01T00:30:00+01:00\"", "\"2999-12-31T23:59:59Z\"",
        "\"2999-12-31T23:30:00-01:00\"", "\"3000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"0001-01-01T00:00:00+14:00\"", "\"2024-02-29T00:00:00Z\"", "\"2025-02-29T00:00:00Z\"",
        "\"2026-03-26T00:00:00Z\"", "\"2026-03-25T23:59:59.9999999Z\"", "\"2026-03-26T00:00:00.0000001Z\"", "\"2026-03-26T24:00:00Z\"",
        "\"2026-03-26T23:59:60Z\"", "\"2026-03-26T00:00:00+14:00\"", "\"2026-03-26T00:00:00-12:00\"", "\"2026-03-26\"",
        "\"2026-03-26T00:00:00\"", "\"2026-03-26t00:00:00z\"", "\"2026-13-01T00:00:00Z\"", "\"\"", "\"now\"",
    ];

    private static readonly string[] OtherTypes =
    [
        "null", "true", "false", "0", "-1", "1e308", "-0.0", "123456789012345678901234567890", "[]", "[1,2]", "{}", "{\"a\":null}", "\"\"", "\" \"",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json; charset=utf-16", "text/plain", "application/xml", "application/json; charset=latin1", "application/x-www-form-urlencoded",
        "application/merge-patch+json", "*/*", string.Empty, "application/JSON", "application/json;;",
    ];

    private static readonly string[] QueryNames = ["page", "limit", "sort", "mentor_id", "processed_by", "certification_type", "is_expired", "expiring_within_days", "x", "PAGE", "%00", string.Empty];

    private static readonly string[] QueryValues = ["1", "0", "-1", "100", "101", "2147483647", "2147483648", "abc", "", "%27%20OR%201=1--", "true", "mentor-001", "%FF", "expiry_date", "-renewal_date"];

    private readonly Random _random = random;

    /// <summary>The request for iteration <paramref name="iteration"/>, and what was done to it.</summary>
    public (RawRequest Request, string Mutations) Next(int iteration)
    {
        var template = _random.Next(5) switch
        {
            0 => CreateStatus(iteration),
            1 => UpdateStatus(iteration),
            2 => RecordRenewal(iteration),
            3 => CorrectRenewal(iteration),
            _ => ListQuery(),
        };

        var mutations = new List<string>();
        var count = _random.NextDouble() < 0.08 ? 0 : _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            mutations.Add(Mutate(template));
        }

        return (template.ToRequest(), mutations.Count == 0 ? "none" : string.Join("; ", mutations));
    }

    private Template CreateStatus(int iteration) => new(
        "POST",
        Pick(Routes.Statuses, Routes.AliasStatuses),
        [
            ("mentor_id", $"\"fuzz-{iteration:D4}\""),
            ("certification_type", Pick("\"peer_mentor_standard\"", "\"peer_mentor_advanced\"")),
            ("issue_date", "\"2025-03-26T00:00:00Z\""),
            ("expiry_date", $"\"{Date(2027, iteration)}\""),
        ]);

    private Template UpdateStatus(int iteration) => new(
        "PUT",
        Pick(Routes.Statuses, Routes.AliasStatuses) + "/" + Pick(SeededApiFixture.SeedMentor, SeededApiFixture.OtherMentor),
        [("expiry_date", $"\"{Date(2029, iteration)}\""), ("updated_reason", "\"fuzz\"")]);

    private Template RecordRenewal(int iteration) => new(
        "POST",
        Pick(Routes.Renewals, Routes.AliasRenewals),
        [
            ("mentor_id", $"\"{Pick(SeededApiFixture.SeedMentor, SeededApiFixture.OtherMentor)}\""),
            ("renewal_date", "\"2027-06-01T00:00:00Z\""),
            ("new_expiry_date", $"\"{Date(2031, iteration)}\""),
            ("processed_by", "\"admin-001\""),
            ("notes", Pick("null", "\"renewed\"")),
        ]);

    private Template CorrectRenewal(int iteration) => new(
        "PUT",
        Pick(Routes.Renewals, Routes.AliasRenewals) + "/" + Pick(SeededApiFixture.SeedRenewal, SeededApiFixture.OlderRenewal),
        [("new_expiry_date", $"\"{Date(2033, iteration)}\""), ("notes", "\"corrected\"")]);

    private Template ListQuery() => new(
        "GET",
        Pick(Routes.Statuses, Routes.Renewals, Routes.AliasStatuses, Routes.AliasRenewals) + "?page=1&limit=20",
        [])
    { HasBody = false };

    private string Mutate(Template template)
    {
        var members = template.Members;
        var choice = template.HasBody ? _random.Next(14) : 0;
        switch (choice)
        {
            case 0:
                var parameter = $"{Pick(QueryNames)}={Pick(QueryValues)}";
                template.Target += (template.Target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;
                return $"query +{parameter}";
            case 1 when members.Count > 0:
                var removed = members[_random.Next(members.Count)];
                members.Remove(removed);
                return $"delete {removed.Name}";
            case 2 when members.Count > 0:
                var duplicated = members[_random.Next(members.Count)];
                members.Insert(_random.Next(members.Count + 1), (duplicated.Name, Pick(duplicated.Value, Pick(OtherTypes))));
                return $"duplicate {duplicated.Name}";
            case 3:
                return SetValue(members, Pick(OtherTypes), "type swap");
            case 4:
                return SetValue(members, $"\"{new string((char)('a' + _random.Next(26)), Pick(65, 201, 2_001, 10_000, 70_000))}\"", "huge");
            case 5:
                return SetValue(members, RandomUnicode(), "unicode");
            case 6:
                return SetValue(members, Pick(BoundaryDates), "boundary date");
            case 7:
                var unknown = Pick("is_expired", "days_until_expiry", "created_at", "renewal_id", "previous_expiry_date", "Mentor_Id", "__proto__", "notes");
                members.Add((unknown, Pick(OtherTypes)));
                return $"add {unknown}";
            case 8:
                template.ContentType = Pick(ContentTypes);
                return $"content type '{template.ContentType}'";
            case 9:
                template.Edits.Add(bytes =>
                {
                    for (var flips = _random.Next(1, 4); flips > 0 && bytes.Length > 0; flips--)
                    {
                        bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
                    }

                    return bytes;
                });
                return "bit flips";
            case 10:
                template.Edits.Add(bytes => bytes[.._random.Next(bytes.Length + 1)]);
                return "truncate";
            case 11:
                template.Edits.Add(bytes =>
                {
                    var at = _random.Next(bytes.Length + 1);
                    var inserted = new byte[_random.Next(1, 6)];
                    _random.NextBytes(inserted);
                    return [.. bytes[..at], .. inserted, .. bytes[at..]];
                });
                return "insert bytes";
            case 12:
                template.Edits.Add(bytes =>
                {
                    var at = _random.Next(bytes.Length + 1);
                    var length = _random.Next(0, Math.Min(8, bytes.Length - at) + 1);
                    return [.. bytes[..at], .. bytes[(at + length)..]];
                });
                return "delete bytes";
            default:
                var nested = _random.Next(2, 5_000);
                return SetValue(members, new string('[', nested) + new string(']', nested), $"nesting {nested}");
        }
    }

    private string SetValue(List<(string Name, string Value)> members, string value, string what)
    {
        if (members.Count == 0)
        {
            members.Add(("mentor_id", value));
            return $"{what} on new member";
        }

        var index = _random.Next(members.Count);
        members[index] = (members[index].Name, value);
        return $"{what} {members[index].Name}";
    }

    /// <summary>A JSON string literal of random characters: escapes (lone surrogates and controls included), raw multi-byte UTF-8, quotes.</summary>
    private string RandomUnicode()
    {
        var text = new StringBuilder("\"");
        for (var length = _random.Next(1, 40); length > 0; length--)
        {
            switch (_random.Next(5))
            {
                case 0:
                    text.Append(CultureInfo.InvariantCulture, $"\\u{_random.Next(0x10000):X4}");
                    break;
                case 1:
                    text.Append(char.ConvertFromUtf32(_random.Next(0x80, 0xD800)));
                    break;
                case 2:
                    text.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x110000)));
                    break;
                case 3:
                    text.Append(Pick("\\\"", "\\\\", "\\n", "\\u0000", "'", "%2F", "..", "\u202E", "\uFEFF"));
                    break;
                default:
                    var ascii = (char)_random.Next(0x20, 0x7F);
                    text.Append(ascii is '"' or '\\' ? 'q' : ascii);
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private string Date(int year, int iteration) =>
        new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(iteration).AddSeconds(_random.Next(86_400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];

    /// <summary>A request under construction: members as raw JSON, so that duplicates and invalid escapes survive.</summary>
    private sealed class Template(string method, string target, List<(string Name, string Value)> members)
    {
        public string Method { get; } = method;

        public string Target { get; set; } = target;

        public List<(string Name, string Value)> Members { get; } = members;

        public bool HasBody { get; init; } = true;

        public string? ContentType { get; set; } = "application/json";

        public List<Func<byte[], byte[]>> Edits { get; } = [];

        public RawRequest ToRequest()
        {
            if (!HasBody)
            {
                return new RawRequest(Method, Target, null, null, []);
            }

            var bytes = Encoding.UTF8.GetBytes("{" + string.Join(",", Members.Select(m => $"\"{m.Name}\":{m.Value}")) + "}");
            bytes = Edits.Aggregate(bytes, (current, edit) => edit(current));
            return new RawRequest(Method, Target, bytes, ContentType, []);
        }
    }
}
