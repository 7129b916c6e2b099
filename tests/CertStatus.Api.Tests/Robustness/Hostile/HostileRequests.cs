using System.Text;
using CertStatus.Api.Tests.Support;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>How a hostile request must be refused.</summary>
public enum Refusal
{
    /// <summary>By the service: a 4xx RFC 9457 problem (application/problem+json, type, title, status, detail, traceId).</summary>
    Problem,

    /// <summary>
    /// By Kestrel before the request reaches the service (a request line or headers HTTP itself
    /// forbids): a 4xx, whose body the service never gets to write.
    /// </summary>
    Transport,
}

/// <summary>One row of the table: a request the service must refuse without changing anything.</summary>
/// <param name="Name">What is hostile about it.</param>
/// <param name="Request">The request, byte for byte.</param>
/// <param name="Status">The exact status expected, or null for "some 4xx".</param>
/// <param name="Refusal">Who refuses it, and so how the answer is checked.</param>
/// <param name="Bug">Set while the service gets this one wrong: the case is ignored with this reason until it is fixed.</param>
public sealed record HostileCase(string Name, RawRequest Request, int? Status = null, Refusal Refusal = Refusal.Problem, string? Bug = null)
{
    public override string ToString() => $"{Name}: {Request}";
}

/// <summary>
/// The table of hostile and malformed requests, against all ten routes at canonical and alias
/// paths. Every one must be refused with a 4xx and change nothing; requests that would be valid
/// (a SQL-looking but well-formed note, say) are not here. The seed is <see cref="SeededApiFixture"/>'s.
/// </summary>
public static class HostileRequests
{
    private const string Json = "application/json";
    private const string Statuses = Routes.Statuses;
    private const string AliasStatuses = Routes.AliasStatuses;
    private const string Renewals = Routes.Renewals;
    private const string AliasRenewals = Routes.AliasRenewals;
    private const string Mentor = Statuses + "/" + SeededApiFixture.SeedMentor;
    private const string AliasMentor = AliasStatuses + "/" + SeededApiFixture.SeedMentor;
    private const string Renewal = Renewals + "/" + SeededApiFixture.SeedRenewal;
    private const string AliasRenewal = AliasRenewals + "/" + SeededApiFixture.SeedRenewal;
    private const string OlderRenewal = Renewals + "/" + SeededApiFixture.OlderRenewal;

    /// <summary>Valid bodies for each body route; each case breaks one thing about one of them.</summary>
    private const string ValidCreate =
        """{"mentor_id":"mentor-new","certification_type":"peer_mentor_standard","issue_date":"2025-03-26T00:00:00Z","expiry_date":"2027-03-26T00:00:00Z"}""";

    private const string ValidUpdate = """{"expiry_date":"2028-06-01T00:00:00Z","updated_reason":"renewal_extension"}""";

    private const string ValidRecord =
        """{"mentor_id":"mentor-002","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2028-03-26T00:00:00Z","processed_by":"admin-001","notes":null}""";

    private const string ValidCorrect = """{"new_expiry_date":"2031-01-01T00:00:00Z","notes":"corrected"}""";

    private const string SqlInjection = "x'; DROP TABLE certifications;--";
    private const string ScriptInjection = "<script>alert(1)</script>";

    private static readonly (string Name, string Method, string Target, string Body)[] BodyRoutes =
    [
        ("PostStatus", "POST", Statuses, ValidCreate),
        ("PutStatus", "PUT", Mentor, ValidUpdate),
        ("PostRenewal", "POST", Renewals, ValidRecord),
        ("PutRenewal", "PUT", Renewal, ValidCorrect),
    ];

    private static readonly (string Name, string Method, string Target, string Body)[] AliasBodyRoutes =
    [
        ("PostStatusAlias", "POST", AliasStatuses, ValidCreate),
        ("PutStatusAlias", "PUT", AliasMentor, ValidUpdate),
        ("PostRenewalAlias", "POST", AliasRenewals, ValidRecord),
        ("PutRenewalAlias", "PUT", AliasRenewal, ValidCorrect),
    ];

    public static IEnumerable<HostileCase> All =>
        MalformedBodies()
            .Concat(MediaTypesAndEmptyBodies())
            .Concat(CreateStatusFields())
            .Concat(UpdateStatusFields())
            .Concat(RecordRenewalFields())
            .Concat(CorrectRenewalFields())
            .Concat(PathIds())
            .Concat(QueryStrings())
            .Concat(MethodsAndHeaders());

    /// <summary>The table for NUnit, one named test per row.</summary>
    public static IEnumerable<TestCaseData> Cases =>
        All.Select((hostile, index) =>
        {
            var data = new TestCaseData(hostile).SetName($"Hostile_{index + 1:D3}_{hostile.Name}");
            return hostile.Bug is null ? data : data.Ignore($"bug: {hostile.Bug}");
        });

    private static IEnumerable<HostileCase> MalformedBodies()
    {
        foreach (var (route, method, target, body) in BodyRoutes)
        {
            var valid = Encoding.UTF8.GetBytes(body);
            yield return Case($"{route}_OpenBrace", method, target, "{", status: 400);
            yield return Case($"{route}_TruncatedHalfway", method, target, valid[..(valid.Length / 2)], status: 400);
            yield return Case($"{route}_TruncatedLastByte", method, target, valid[..^1], status: 400);
            yield return Case($"{route}_Array", method, target, "[]", status: 400);
            yield return Case($"{route}_JsonNull", method, target, "null", status: 400);
            yield return Case($"{route}_JsonString", method, target, "\"text\"", status: 400);
            yield return Case($"{route}_JsonNumber", method, target, "42", status: 400);
            yield return Case($"{route}_EmptyObject", method, target, "{}", status: 400);
            yield return Case($"{route}_TrailingComma", method, target, body[..^1] + ",}", status: 400);
            yield return Case($"{route}_SingleQuotes", method, target, body.Replace('"', '\''), status: 400);
            yield return Case($"{route}_Comment", method, target, "/* hi */" + body, status: 400);
            yield return Case($"{route}_TwoDocuments", method, target, body + body, status: 400);
            yield return Case($"{route}_ExtraClosingBrace", method, target, body + "}", status: 400);
            yield return Case($"{route}_InvalidUtf8InName", method, target, Concat("{\""u8, [0xFF, 0xFE], "\":1}"u8), status: 400);
            yield return Case($"{route}_RawNulByte", method, target, Concat(valid.AsSpan(0, valid.Length - 1), [0x00], "}"u8), status: 400);
            yield return Case($"{route}_DeeplyNestedArrays", method, target, new string('[', 10_000) + new string(']', 10_000), status: 400);
            yield return Case($"{route}_NaN", method, target, body[..^1] + ",\"x\":NaN}", status: 400);
            yield return Case($"{route}_UnknownMember", method, target, body[..^1] + ",\"is_admin\":true}", status: 400);
        }

        foreach (var (route, method, target, body) in AliasBodyRoutes)
        {
            yield return Case($"{route}_OpenBrace", method, target, "{", status: 400);
            yield return Case($"{route}_EmptyObject", method, target, "{}", status: 400);
            yield return Case($"{route}_DeeplyNestedObjects", method, target, Nested(2_000), status: 400);
            yield return Case($"{route}_TextPlain", method, target, body, contentType: "text/plain", status: 415);
        }
    }

    private static IEnumerable<HostileCase> MediaTypesAndEmptyBodies()
    {
        foreach (var (route, method, target, body) in BodyRoutes)
        {
            yield return Case($"{route}_TextPlain", method, target, body, contentType: "text/plain", status: 415);
            yield return Case($"{route}_NoContentType", method, target, body, contentType: null, status: 415);
            yield return Case($"{route}_Xml", method, target, "<status mentor_id=\"x\"/>", contentType: "application/xml", status: 415);
            yield return Case($"{route}_Form", method, target, "mentor_id=mentor-new&expiry_date=2028-01-01T00:00:00Z", contentType: "application/x-www-form-urlencoded", status: 415);
            yield return Case($"{route}_EmptyContentType", method, target, body, contentType: string.Empty, status: 415);
            yield return Case($"{route}_WildcardContentType", method, target, body, contentType: "*/*", status: 415);
            yield return Case($"{route}_EmptyBody", method, target, string.Empty, status: 400);
            yield return Case($"{route}_WhitespaceBody", method, target, " \r\n\t ", status: 400);
            yield return Case($"{route}_NoBodyNoContentType", method, target, (byte[]?)null, contentType: null, status: 415);
            // Read as UTF-16, these bytes are nonsense: an odd count leaves half a code unit over.
            yield return Case($"{route}_Utf16CharsetEvenLength", method, target, body.Length % 2 == 0 ? body : body + " ", contentType: "application/json; charset=utf-16", status: 400);
            yield return Case($"{route}_Utf16CharsetOddLength", method, target, body.Length % 2 == 1 ? body : body + " ", contentType: "application/json; charset=utf-16", status: 400);
            yield return Case($"{route}_UnknownCharset", method, target, body, contentType: "application/json; charset=klingon");
            yield return Case($"{route}_BodyOver64KiB", method, target, body[..^1] + ",\"pad\":\"" + new string('a', 70_000) + "\"}", status: 413);
        }
    }

    private static IEnumerable<HostileCase> CreateStatusFields()
    {
        foreach (var (field, value) in new (string, string)[]
        {
            ("mentor_id", "123"), ("mentor_id", "true"), ("mentor_id", "[]"), ("mentor_id", "{}"), ("mentor_id", "null"), ("mentor_id", "1e308"),
            ("mentor_id", "\"\""), ("mentor_id", "\" \""), ("mentor_id", Quoted(new string('m', 65))), ("mentor_id", Quoted(new string('m', 20_000))),
            ("mentor_id", "\"-leading-dash\""), ("mentor_id", "\"mentor 001\""), ("mentor_id", "\"mentor/001\""), ("mentor_id", "\"mentor-new\\n\""),
            ("mentor_id", "\"men\\u0000tor\""), ("mentor_id", "\"mentor\\u202Eevil\""), ("mentor_id", "\"\\uFF4D\\uFF45\\uFF4E\""), ("mentor_id", "\"\\uD800\""),
            ("mentor_id", Quoted(SqlInjection)), ("mentor_id", Quoted(ScriptInjection)), ("mentor_id", "\"mentor-new%2F..\""),
            ("certification_type", "42"), ("certification_type", "null"), ("certification_type", "\"PEER_MENTOR_STANDARD\""),
            ("certification_type", "\"peer_mentor_standard' OR '1'='1\""), ("certification_type", Quoted(new string('t', 10_000))),
            ("issue_date", "1711411200"), ("issue_date", "null"), ("issue_date", "\"2025-03-26\""), ("issue_date", "\"2025-03-26T00:00:00\""),
            ("issue_date", "\"1899-12-31T23:59:59Z\""), ("issue_date", "\"1900-01-01T00:30:00+01:00\""), ("issue_date", "\"0001-01-01T00:00:00Z\""),
            ("issue_date", "\"2025-02-29T00:00:00Z\""), ("issue_date", "\"\\uFF12\\uFF10\\uFF12\\uFF15-03-26T00:00:00Z\""),
            ("expiry_date", "true"), ("expiry_date", "\"3000-01-01T00:00:00Z\""), ("expiry_date", "\"9999-12-31T23:59:59-14:00\""),
            ("expiry_date", "\"2025-03-26T00:00:00Z\""), ("expiry_date", "\"2024-01-01T00:00:00Z\""), ("expiry_date", "\"2027-03-26T25:00:00Z\""),
            ("expiry_date", "\"2027-03-26T00:00:00+25:00\""), ("expiry_date", "\"2027-03-26T00:00:00.123456789Z\""), ("expiry_date", "\"2999-12-31T23:30:00-01:00\""),
            ("is_expired", "false"), ("days_until_expiry", "1000"), ("created_at", "\"2020-01-01T00:00:00Z\""), ("MENTOR_ID", "\"mentor-new\""),
        })
        {
            yield return Case($"PostStatus_{field}_{Label(value)}", "POST", Statuses, With(ValidCreate, field, value), status: 400);
        }

        yield return Case("PostStatus_DuplicateMentorIdKey", "POST", Statuses, ValidCreate[..^1] + ",\"mentor_id\":\"mentor-other\"}", status: 400);
        yield return Case("PostStatus_DuplicateExpiryKey", "POST", Statuses, ValidCreate[..^1] + ",\"expiry_date\":\"2030-01-01T00:00:00Z\"}", status: 400);
        yield return Case("PostStatus_ExistingMentor", "POST", Statuses, With(ValidCreate, "mentor_id", "\"mentor-001\""), status: 409);
        yield return Case("PostStatusAlias_ExistingMentor", "POST", AliasStatuses, With(ValidCreate, "mentor_id", "\"mentor-001\""), status: 409);
        yield return Case("PostStatus_ControlCharacterRaw", "POST", Statuses, With(ValidCreate, "mentor_id", "\"men\ttor\""), status: 400);
        yield return Case("PostStatus_InvalidUtf8InMentorId", "POST", Statuses, Concat("{\"mentor_id\":\"m"u8, [0xC0, 0xAF], Encoding.UTF8.GetBytes(ValidCreate[(ValidCreate.IndexOf(',', StringComparison.Ordinal) - 1)..])), status: 400);
        yield return Case("PostStatus_Utf8CutMidCharacter", "POST", Statuses, Concat("{\"mentor_id\":\"m"u8, [0xE2, 0x82]), status: 400);
    }

    private static IEnumerable<HostileCase> UpdateStatusFields()
    {
        foreach (var (field, value) in new (string, string)[]
        {
            ("expiry_date", "null"), ("expiry_date", "20280601"), ("expiry_date", "\"2028-06-01\""), ("expiry_date", "\"2025-01-01T00:00:00Z\""),
            ("expiry_date", "\"3000-01-01T00:00:00Z\""), ("expiry_date", Quoted(SqlInjection)),
            ("updated_reason", "null"), ("updated_reason", "\"\""), ("updated_reason", "\"   \""), ("updated_reason", "[]"), ("updated_reason", "7"),
            ("updated_reason", Quoted(new string('r', 201))), ("updated_reason", "{\"$ne\":null}"),
            ("mentor_id", "\"mentor-002\""), ("updated_at", "\"2020-01-01T00:00:00Z\""),
        })
        {
            yield return Case($"PutStatus_{field}_{Label(value)}", "PUT", Mentor, With(ValidUpdate, field, value), status: 400);
        }

        yield return Case("PutStatus_DuplicateReasonKey", "PUT", Mentor, ValidUpdate[..^1] + ",\"updated_reason\":\"again\"}", status: 400);
        yield return Case("PutStatus_UnknownMentor", "PUT", Statuses + "/mentor-999", ValidUpdate, status: 404);
        yield return Case("PutStatus_MentorCaseVariant", "PUT", Statuses + "/MENTOR-001", ValidUpdate, status: 404);
    }

    private static IEnumerable<HostileCase> RecordRenewalFields()
    {
        foreach (var (field, value) in new (string, string)[]
        {
            ("mentor_id", "null"), ("mentor_id", "42"), ("mentor_id", Quoted(SqlInjection)), ("mentor_id", "\"mentor-002' OR '1'='1\""),
            ("mentor_id", Quoted(new string('m', 5_000))),
            ("processed_by", "null"), ("processed_by", "{}"), ("processed_by", Quoted(ScriptInjection)), ("processed_by", "\"admin\\u0000\""),
            ("renewal_date", "\"2026-03-26\""), ("renewal_date", "\"1899-12-31T00:00:00Z\""), ("renewal_date", "\"2020-01-01T00:00:00Z\""),
            ("renewal_date", "1"), ("new_expiry_date", "\"2026-01-01T00:00:00Z\""), ("new_expiry_date", "\"2027-03-26T00:00:00Z\""),
            ("new_expiry_date", "\"3000-01-01T00:00:00Z\""), ("new_expiry_date", "[\"2028-03-26T00:00:00Z\"]"),
            ("notes", "5"), ("notes", "false"), ("notes", Quoted(new string('n', 2_001))),
            ("previous_expiry_date", "\"2020-01-01T00:00:00Z\""), ("renewal_id", "\"renewal-9999\""),
        })
        {
            yield return Case($"PostRenewal_{field}_{Label(value)}", "POST", Renewals, With(ValidRecord, field, value), status: 400);
        }

        yield return Case("PostRenewal_UnknownMentor", "POST", Renewals, With(ValidRecord, "mentor_id", "\"mentor-999\""), status: 422);
        yield return Case("PostRenewal_MentorCaseVariant", "POST", Renewals, With(ValidRecord, "mentor_id", "\"MENTOR-002\""), status: 422);
        yield return Case("PostRenewalAlias_UnknownMentor", "POST", AliasRenewals, With(ValidRecord, "mentor_id", "\"mentor-999\""), status: 422);
        yield return Case("PostRenewal_DuplicateNotesKey", "POST", Renewals, ValidRecord[..^1] + ",\"notes\":\"again\"}", status: 400);
    }

    private static IEnumerable<HostileCase> CorrectRenewalFields()
    {
        foreach (var (field, value) in new (string, string)[]
        {
            ("new_expiry_date", "\"2027-06-01T00:00:00Z\""), ("new_expiry_date", "\"2031-01-01\""), ("new_expiry_date", "12"),
            ("new_expiry_date", "\"9999-12-31T23:59:59Z\""), ("notes", "[]"), ("notes", Quoted(new string('n', 2_001))),
            ("renewal_date", "\"2026-04-01T00:00:00Z\""), ("mentor_id", "\"mentor-002\""),
        })
        {
            yield return Case($"PutRenewal_{field}_{Label(value)}", "PUT", Renewal, With(ValidCorrect, field, value), status: 400);
        }

        yield return Case("PutRenewal_NewExpiryFalse", "PUT", Renewal, With(ValidCorrect, "new_expiry_date", "false"), status: 400);
        yield return Case("PutRenewal_BothNull", "PUT", Renewal, """{"new_expiry_date":null,"notes":null}""", status: 400);
        yield return Case("PutRenewal_DuplicateExpiryKey", "PUT", Renewal, ValidCorrect[..^1] + ",\"new_expiry_date\":\"2032-01-01T00:00:00Z\"}", status: 400);
        yield return Case("PutRenewal_OlderBeforeItsPrevious", "PUT", OlderRenewal, With(ValidCorrect, "new_expiry_date", "\"2027-01-01T00:00:00Z\""), status: 400);
    }

    private static IEnumerable<HostileCase> PathIds()
    {
        // Ids that are injection attempts, traversal, encoding tricks or absurd lengths: each names no resource.
        var ids = new (string Name, string Id)[]
        {
            ("SqlQuoteOr", "mentor-001'%20OR%20'1'='1"),
            ("SqlDropTable", "x';%20DROP%20TABLE%20certifications;--"),
            ("SqlComment", "mentor-001'--"),
            ("SqlUnion", "x'%20UNION%20SELECT%20*%20FROM%20certification_renewals--"),
            ("Script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            ("EncodedSlashTraversal", "mentor-001%2F..%2Fmentor-002"),
            ("EncodedDotDot", "%2e%2e"),
            ("EncodedDotDotSlash", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"),
            ("DoubleEncodedDots", "%252e%252e%252f"),
            ("OverlongUtf8Dots", "%C0%AE%C0%AE"),
            ("InvalidUtf8", "%FF%FE%FD"),
            ("EncodedNewline", "mentor-001%0A"),
            ("EncodedSpace", "%20"),
            ("EncodedTab", "mentor-001%09"),
            ("TrailingEncodedSlash", "mentor-001%2F"),
            ("Backslash", "mentor-001%5C..%5Cmentor-002"),
            ("Long5000", new string('m', 5_000)),
        };

        foreach (var (name, id) in ids)
        {
            // A blank id is a 400 (mentor_id must not be empty); any other names nothing.
            var status = name == "EncodedSpace" ? 400 : 404;
            yield return Case($"GetStatus_{name}", "GET", $"{Statuses}/{id}", (byte[]?)null, contentType: null, status: status);
            yield return Case($"DeleteStatus_{name}", "DELETE", $"{Statuses}/{id}", (byte[]?)null, contentType: null, status: status);
            yield return Case($"PutStatus_{name}", "PUT", $"{Statuses}/{id}", ValidUpdate, status: status);
        }

        var renewalIds = new (string Name, string Id)[]
        {
            ("SqlQuoteOr", "renewal-0002'%20OR%20'1'='1"),
            ("SqlStacked", "renewal-0002;DELETE%20FROM%20certification_renewals"),
            ("Unpadded", "renewal-2"),
            ("OverPadded", "renewal-00002"),
            ("Negative", "renewal--002"),
            ("Overflow", "renewal-99999999999999999999999"),
            ("FullwidthDigits", "renewal-%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%92"),
            ("EncodedSlash", "renewal-0002%2F..%2Frenewal-0001"),
            ("EncodedDotDot", "%2e%2e"),
            ("Script", "%3Cimg%20src=x%20onerror=alert(1)%3E"),
        };

        foreach (var (name, id) in renewalIds)
        {
            yield return Case($"GetRenewal_{name}", "GET", $"{Renewals}/{id}", (byte[]?)null, contentType: null, status: 404);
            yield return Case($"DeleteRenewal_{name}", "DELETE", $"{Renewals}/{id}", (byte[]?)null, contentType: null, status: 404);
            yield return Case($"PutRenewal_{name}", "PUT", $"{Renewals}/{id}", ValidCorrect, status: 404);
        }

        yield return Case("GetStatusAlias_SqlQuoteOr", "GET", $"{AliasStatuses}/mentor-001'%20OR%20'1'='1", (byte[]?)null, contentType: null, status: 404);
        yield return Case("DeleteStatusAlias_EncodedSlash", "DELETE", $"{AliasStatuses}/mentor-001%2F..%2Fmentor-002", (byte[]?)null, contentType: null, status: 404);
        yield return Case("GetRenewalAlias_SqlStacked", "GET", $"{AliasRenewals}/renewal-0002;DROP%20TABLE%20x", (byte[]?)null, contentType: null, status: 404);
        yield return Case("DeleteRenewalAlias_Unpadded", "DELETE", $"{AliasRenewals}/renewal-2", (byte[]?)null, contentType: null, status: 404);
        // Kestrel refuses a path that decodes to a NUL itself, before routing.
        yield return Case("GetStatus_EncodedNul", "GET", $"{Statuses}/mentor-001%00", (byte[]?)null, contentType: null, status: 400, refusal: Refusal.Transport);
        yield return Case("DeleteStatus_EncodedNul", "DELETE", $"{Statuses}/mentor-001%00", (byte[]?)null, contentType: null, status: 400, refusal: Refusal.Transport);
        yield return Case("PutRenewal_EncodedNul", "PUT", $"{Renewals}/renewal-0002%00", Encoding.UTF8.GetBytes(ValidCorrect), Json, status: 400, refusal: Refusal.Transport);
        yield return Case("GetStatus_ExtraSegment", "GET", $"{Mentor}/renewals", (byte[]?)null, contentType: null, status: 404);
        yield return Case("DeleteStatus_ExtraSegment", "DELETE", $"{Mentor}/x", (byte[]?)null, contentType: null, status: 404);
        yield return Case("GetStatus_DoubleSlashPrefix", "GET", "/api//v1/certification-statuses", (byte[]?)null, contentType: null, status: 404);

        // Dot segments are resolved by the server (RFC 3986 §5.2.4): this DELETE lands on the collection, which takes none.
        yield return Case("DeleteStatus_DotSegmentToCollection", "DELETE", $"{Mentor}/..", (byte[]?)null, contentType: null, status: 405);
        yield return Case("DeleteRenewal_DotSegmentToCollection", "DELETE", $"{Renewal}/..", (byte[]?)null, contentType: null, status: 405);

        // Over Kestrel's 8 KiB request line: refused by the transport.
        yield return Case("GetStatus_Long20000", "GET", $"{Statuses}/{new string('m', 20_000)}", (byte[]?)null, contentType: null, status: 414, refusal: Refusal.Transport);
        yield return Case("DeleteStatus_Long20000", "DELETE", $"{Statuses}/{new string('m', 20_000)}", (byte[]?)null, contentType: null, status: 414, refusal: Refusal.Transport);
    }

    private static IEnumerable<HostileCase> QueryStrings()
    {
        var statusQueries = new (string Name, string Query)[]
        {
            ("PageTwice", "page=1&page=2"), ("LimitTwice", "limit=5&limit=6"), ("SortTwice", "sort=mentor_id&sort=expiry_date"),
            ("Unknown", "foo=bar"), ("UpperCaseName", "PAGE=1"), ("EmptyPage", "page="), ("BarePage", "page"), ("EmptyName", "=1"),
            ("PageZero", "page=0"), ("PageNegative", "page=-1"), ("PageText", "page=abc"), ("PageFraction", "page=1.5"), ("PageOverflow", "page=99999999999"),
            ("LimitZero", "limit=0"), ("Limit101", "limit=101"), ("LimitExponent", "limit=1e1"),
            ("IsExpiredMaybe", "is_expired=maybe"), ("ExpiringNegative", "expiring_within_days=-1"), ("ExpiringTooFar", "expiring_within_days=36501"),
            ("ExpiringOverflow", "expiring_within_days=2147483648"), ("SortUnknown", "sort=created_at"), ("SortSql", "sort=mentor_id;DROP%20TABLE%20certifications"),
            ("SortInjection", "sort=expiry_date%20DESC--"), ("TypeSql", "certification_type='%20OR%201=1--"), ("TypeScript", "certification_type=%3Cscript%3E"),
            ("EncodedAmpersand", "page=1%26limit%3D5"), ("BadEscape", "page=%ZZ"), ("NulName", "%00=1"), ("RenewalFilterOnStatuses", "mentor_id=mentor-001"),
            ("LongValue", "certification_type=" + new string('t', 6_000)),
        };

        foreach (var (name, query) in statusQueries)
        {
            yield return Case($"ListStatuses_{name}", "GET", $"{Statuses}?{query}", (byte[]?)null, contentType: null, status: 400);
        }

        // Left out as valid: limit=+5 and limit=%205%20 are read as 5 (a sign and surrounding blanks are integer syntax).
        yield return Case("ListStatuses_LimitHex", "GET", $"{Statuses}?limit=0x10", (byte[]?)null, contentType: null, status: 400);
        yield return Case("ListStatuses_LimitHash", "GET", $"{Statuses}?limit=%2310", (byte[]?)null, contentType: null, status: 400);
        yield return Case("ListRenewals_PageAmpersandH", "GET", $"{Renewals}?page=%26h1", (byte[]?)null, contentType: null, status: 400);

        var renewalQueries = new (string Name, string Query)[]
        {
            ("MentorTwice", "mentor_id=mentor-001&mentor_id=mentor-002"), ("MentorSql", "mentor_id=mentor-001'%20OR%20'1'='1"),
            ("ProcessedByScript", "processed_by=%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ("SortUnknown", "sort=notes"), ("LimitNegative", "limit=-5"),
            ("StatusFilterOnRenewals", "is_expired=true"), ("EmptyMentor", "mentor_id="),
        };

        foreach (var (name, query) in renewalQueries)
        {
            yield return Case($"ListRenewals_{name}", "GET", $"{Renewals}?{query}", (byte[]?)null, contentType: null, status: 400);
        }

        yield return Case("ListStatusesAlias_Unknown", "GET", $"{AliasStatuses}?debug=true", (byte[]?)null, contentType: null, status: 400);
        yield return Case("ListRenewalsAlias_PageTwice", "GET", $"{AliasRenewals}?page=1&page=1", (byte[]?)null, contentType: null, status: 400);
        yield return Case("GetStatus_AnyQuery", "GET", $"{Mentor}?include=renewals", (byte[]?)null, contentType: null, status: 400);
        yield return Case("GetRenewal_AnyQuery", "GET", $"{Renewal}?x=1", (byte[]?)null, contentType: null, status: 400);

        // A query on a write must refuse the whole request, valid body or not.
        yield return Case("PostStatus_WithQuery", "POST", $"{Statuses}?mentor_id=mentor-other", ValidCreate, status: 400);
        yield return Case("PutStatus_WithQuery", "PUT", $"{Mentor}?force=true", ValidUpdate, status: 400);
        yield return Case("DeleteStatus_WithQuery", "DELETE", $"{Mentor}?cascade=false", (byte[]?)null, contentType: null, status: 400);
        yield return Case("PostRenewal_WithQuery", "POST", $"{Renewals}?dry_run=true", ValidRecord, status: 400);
        yield return Case("PutRenewal_WithQuery", "PUT", $"{Renewal}?notes=x", ValidCorrect, status: 400);
        yield return Case("DeleteRenewal_WithQuery", "DELETE", $"{Renewal}?id=renewal-0001", (byte[]?)null, contentType: null, status: 400);
        yield return Case("DeleteRenewalAlias_WithQuery", "DELETE", $"{AliasRenewal}?'%20OR%201=1--=1", (byte[]?)null, contentType: null, status: 400);

        // Over Kestrel's 8 KiB request line.
        yield return Case("ListStatuses_QueryOver8KiB", "GET", $"{Statuses}?certification_type={new string('t', 10_000)}", (byte[]?)null, contentType: null, status: 414, refusal: Refusal.Transport);
    }

    private static IEnumerable<HostileCase> MethodsAndHeaders()
    {
        foreach (var (name, method, target) in new (string, string, string)[]
        {
            ("PatchStatus", "PATCH", Mentor), ("PostToStatus", "POST", Mentor), ("PutStatuses", "PUT", Statuses), ("DeleteStatuses", "DELETE", Statuses),
            ("PatchRenewal", "PATCH", Renewal), ("PostToRenewal", "POST", Renewal), ("PutRenewals", "PUT", Renewals), ("DeleteRenewals", "DELETE", Renewals),
            ("DeleteStatusesAlias", "DELETE", AliasStatuses), ("PatchRenewalAlias", "PATCH", AliasRenewal), ("TraceStatus", "TRACE", Mentor),
        })
        {
            var body = method is "PATCH" or "POST" or "PUT" ? Encoding.UTF8.GetBytes(ValidUpdate) : null;
            yield return Case($"Method_{name}", method, target, body, contentType: body is null ? null : Json, status: 405);
        }

        // A write whose precondition cannot match: garbage, weak or injected If-Match values against the real resources.
        foreach (var (name, ifMatch) in new (string, string)[] { ("Garbage", "not-an-etag"), ("Weak", "W/\"1\""), ("Injected", "\"' OR 1=1--\""), ("Unquoted", "*x") })
        {
            yield return Case($"PutStatus_IfMatch{name}", "PUT", Mentor, Encoding.UTF8.GetBytes(ValidUpdate), Json, status: 412, headers: [KeyValuePair.Create("If-Match", ifMatch)]);
            yield return Case($"DeleteRenewal_IfMatch{name}", "DELETE", Renewal, null, null, status: 412, headers: [KeyValuePair.Create("If-Match", ifMatch)]);
        }

        yield return Case("DeleteStatus_IfMatchStale", "DELETE", Mentor, null, null, status: 412, headers: [KeyValuePair.Create("If-Match", "\"0\"")]);
        yield return Case("PutRenewal_IfMatchStale", "PUT", Renewal, Encoding.UTF8.GetBytes(ValidCorrect), Json, status: 412, headers: [KeyValuePair.Create("If-Match", "\"0\"")]);

        // Bodies whose framing lies.
        yield return new HostileCase(
            "PutStatus_ContentLengthShorterThanBody",
            new RawRequest("PUT", Mentor, Encoding.UTF8.GetBytes(ValidUpdate), Json, [KeyValuePair.Create("Content-Length", "20")]) { SendContentLength = false },
            400);
        yield return new HostileCase(
            "PostRenewal_BrokenChunkedBody",
            new RawRequest("POST", Renewals, Encoding.UTF8.GetBytes("5\r\n{\"men\r\nZZ\r\n" + ValidRecord + "\r\n0\r\n\r\n"), Json, [KeyValuePair.Create("Transfer-Encoding", "chunked")]) { SendContentLength = false },
            400);
        // Left out: Transfer-Encoding with Content-Length is read as chunked (RFC 9112 §6.3 allows it), so a valid
        // chunked body is accepted; and a body cut short by closing the connection leaves nobody to answer.
        yield return new HostileCase(
            "PostStatus_HeaderOver32KiB",
            new RawRequest("POST", Statuses, Encoding.UTF8.GetBytes(ValidCreate), Json, [KeyValuePair.Create("X-Padding", new string('p', 40_000))]),
            431,
            Refusal.Transport);
    }

    private static HostileCase Case(string name, string method, string target, string body, string? contentType = Json, int? status = null) =>
        Case(name, method, target, Encoding.UTF8.GetBytes(body), contentType, status);

    private static HostileCase Case(
        string name,
        string method,
        string target,
        byte[]? body,
        string? contentType = Json,
        int? status = null,
        Refusal refusal = Refusal.Problem,
        IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new(name, new RawRequest(method, target, body, contentType, headers ?? []), status, refusal);

    /// <summary>The valid body with one member set to the given raw JSON (added when absent).</summary>
    private static string With(string body, string member, string rawValue)
    {
        var key = $"\"{member}\":";
        var start = body.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return body[..^1] + "," + key + rawValue + "}";
        }

        var valueStart = start + key.Length;
        var valueEnd = body[valueStart] == '"' ? body.IndexOf('"', valueStart + 1) + 1 : body.IndexOfAny([',', '}'], valueStart);
        return body[..valueStart] + rawValue + body[valueEnd..];
    }

    private static string Quoted(string text) => $"\"{text}\"";

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static byte[] Concat(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => [.. first, .. second];

    private static byte[] Concat(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third) => [.. first, .. second, .. third];

    /// <summary>A test-name-safe label for a raw JSON value.</summary>
    private static string Label(string rawValue)
    {
        var letters = new string([.. rawValue.Where(char.IsAsciiLetterOrDigit).Take(24)]);
        return $"{(letters.Length == 0 ? "Symbols" : letters)}{rawValue.Length}";
    }
}
