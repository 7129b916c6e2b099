using System.Collections.Frozen;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Renewals.ListRenewals;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// Every statement the read side sends to one provider, written out in full when the service
/// starts: one per lookup, and one per list filter combination, sort order and way of cutting a
/// page (by offset, or right after a sort key for a cursor), each a batch of the total and the
/// page, so that each has plain comparisons an index serves and no <c>@p IS NULL OR …</c>.
/// Totals read the count tables the database keeps in step with every write
/// (<see cref="CountTables"/>); only the part of an expiry range that cuts a day is counted
/// from the rows. <see cref="All"/> lets the tests explain every SQLite statement and parse every
/// T-SQL one.
/// </summary>
internal sealed class ReadStatements
{
    private const string CertificationColumns =
        "mentor_id AS MentorId, certification_type AS CertificationType, issue_date AS IssueDate, expiry_date AS ExpiryDate, "
        + "last_renewal_date AS LastRenewalDate, updated_reason AS UpdatedReason, created_at AS CreatedAt, updated_at AS UpdatedAt, "
        + "version AS Version";

    private const string RenewalColumns =
        "renewal_number AS Number, mentor_id AS MentorId, renewal_date AS RenewalDate, new_expiry_date AS NewExpiryDate, "
        + "previous_expiry_date AS PreviousExpiryDate, processed_by AS ProcessedBy, notes AS Notes, created_at AS CreatedAt, "
        + "updated_at AS UpdatedAt, version AS Version";

    // A page is cut at an offset (false) or right after a sort key (true).
    private static readonly bool[] PageCuts = [false, true];

    private readonly ReadDialect _dialect;
    private readonly FrozenDictionary<(CertificationFilters, CertificationSortOrder, bool), ListStatements> _certificationPages;
    private readonly FrozenDictionary<(RenewalFilters, RenewalSortOrder, bool), ListStatements> _renewalPages;

    private ReadStatements(string provider, ReadDialect dialect)
    {
        Provider = provider;
        _dialect = dialect;
        _certificationPages = (
            from filters in AllCombinationsOf<CertificationFilters>()
            from sort in Enum.GetValues<CertificationSortOrder>()
            from afterKey in PageCuts
            select (filters, sort, afterKey)).ToFrozenDictionary(key => key, key => CertificationPage(key.filters, key.sort, key.afterKey));
        _renewalPages = (
            from filters in AllCombinationsOf<RenewalFilters>()
            from sort in Enum.GetValues<RenewalSortOrder>()
            from afterKey in PageCuts
            select (filters, sort, afterKey)).ToFrozenDictionary(key => key, key => RenewalPage(key.filters, key.sort, key.afterKey));
    }

    public static ReadStatements Sqlite { get; } = new("Sqlite", ReadDialect.Sqlite);

    public static ReadStatements SqlServer { get; } = new("SqlServer", ReadDialect.SqlServer);

    public string Provider { get; }

    /// <summary>One certification by <c>@MentorId</c>.</summary>
    public string Certification { get; } = $"SELECT {CertificationColumns} FROM certifications WHERE mentor_id = @MentorId";

    /// <summary>One renewal by <c>@Number</c>.</summary>
    public string Renewal { get; } = $"SELECT {RenewalColumns} FROM certification_renewals WHERE renewal_number = @Number";

    /// <summary>
    /// Every statement, named for a test's report; a window that sorts the few matches of an
    /// expiry range has a name ending in <see cref="SortingFewMatches"/>.
    /// </summary>
    public IEnumerable<(string Name, string Sql)> All =>
        new[] { ("certification", Certification), ("renewal", Renewal) }
            .Concat(_certificationPages.SelectMany(page => Named($"certifications where {page.Key.Item1} order by {page.Key.Item2}{Cut(page.Key.Item3)}", page.Value)))
            .Concat(_renewalPages.SelectMany(page => Named($"renewals where {page.Key.Item1} order by {page.Key.Item2}{Cut(page.Key.Item3)}", page.Value)));

    /// <summary>The end of the name of a window that reads an expiry range and sorts its few matches.</summary>
    public static string SortingFewMatches => ", sorting few matches";

    /// <summary>
    /// The total of the matching certifications, then the window: parameters <c>@CertificationType</c>,
    /// <c>@ExpiresAfter</c>, <c>@ExpiresAtOrBefore</c>, <c>@FullDaysFrom</c>, <c>@FullDaysUntil</c>
    /// (those the criteria hold, <see cref="ExpiryDays"/>), <c>@Take</c>, and <c>@Offset</c> or
    /// <c>@AfterMentorId</c> and <c>@AfterExpiryDate</c>.
    /// </summary>
    public ListStatements CertificationPage(CertificationListCriteria criteria, bool afterKey)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var filters = CertificationFilters.None;
        if (criteria.CertificationType is not null)
        {
            filters |= CertificationFilters.CertificationType;
        }

        if (criteria.ExpiresAfter is not null)
        {
            filters |= CertificationFilters.ExpiresAfter;
        }

        if (criteria.ExpiresAtOrBefore is not null)
        {
            filters |= CertificationFilters.ExpiresAtOrBefore;
        }

        return _certificationPages[(filters, criteria.Sort, afterKey)];
    }

    /// <summary>
    /// The total of the matching renewals, then the window: parameters <c>@MentorId</c>,
    /// <c>@ProcessedBy</c> (those the criteria hold), <c>@Take</c>, and <c>@Offset</c> or
    /// <c>@AfterNumber</c> and <c>@AfterRenewalDate</c>.
    /// </summary>
    public ListStatements RenewalPage(RenewalListCriteria criteria, bool afterKey)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var filters = RenewalFilters.None;
        if (criteria.MentorId is not null)
        {
            filters |= RenewalFilters.MentorId;
        }

        if (criteria.ProcessedBy is not null)
        {
            filters |= RenewalFilters.ProcessedBy;
        }

        return _renewalPages[(filters, criteria.Sort, afterKey)];
    }

    private static string Cut(bool afterKey) => afterKey ? " after a key" : " from an offset";

    private static IEnumerable<(string Name, string Sql)> Named(string name, ListStatements statements) =>
        statements.WindowSortingFewMatches is null
            ? [(name, statements.TotalThenWindow)]
            : [(name, statements.TotalThenWindow), (name + SortingFewMatches, statements.WindowSortingFewMatches)];

    private ListStatements CertificationPage(CertificationFilters filters, CertificationSortOrder sort, bool afterKey)
    {
        var byType = filters.HasFlag(CertificationFilters.CertificationType) ? "certification_type = @CertificationType" : null;
        var after = filters.HasFlag(CertificationFilters.ExpiresAfter);
        var atOrBefore = filters.HasFlag(CertificationFilters.ExpiresAtOrBefore);

        // Whole days inside the expiry range are summed from the counts; the rows of the day the
        // range starts in and of the day it ends in are counted from the expiry index.
        var total = new List<string>
        {
            $"(SELECT COALESCE(SUM(row_count), 0) FROM {CountTables.Certifications}{_dialect.CountTableHint}"
            + Where(
                byType,
                after ? $"expiry_day >= {_dialect.DayOf("@FullDaysFrom")}" : null,
                atOrBefore ? $"expiry_day < {_dialect.DayOf("@FullDaysUntil")}" : null)
            + ")",
        };
        if (after)
        {
            total.Add("(SELECT COUNT(*) FROM certifications"
                + Where(byType, "expiry_date > @ExpiresAfter", "expiry_date < @FullDaysFrom", atOrBefore ? "expiry_date <= @ExpiresAtOrBefore" : null)
                + ")");
        }

        if (atOrBefore)
        {
            total.Add("(SELECT COUNT(*) FROM certifications"
                + Where(byType, "expiry_date >= @FullDaysUntil", "expiry_date <= @ExpiresAtOrBefore", after ? "expiry_date > @ExpiresAfter" : null)
                + ")");
        }

        // mentor_id breaks ties, so the order is total, a page boundary never splits equals and a
        // cursor names exactly one place in it.
        var (orderBy, keyset) = sort switch
        {
            CertificationSortOrder.ExpiryDate => (
                "expiry_date, mentor_id",
                "expiry_date >= @AfterExpiryDate AND (expiry_date > @AfterExpiryDate OR mentor_id > @AfterMentorId)"),
            CertificationSortOrder.ExpiryDateDescending => (
                "expiry_date DESC, mentor_id DESC",
                "expiry_date <= @AfterExpiryDate AND (expiry_date < @AfterExpiryDate OR mentor_id < @AfterMentorId)"),
            _ => ("mentor_id", "mentor_id > @AfterMentorId"),
        };
        var where = Where(
            byType,
            after ? "expiry_date > @ExpiresAfter" : null,
            atOrBefore ? "expiry_date <= @ExpiresAtOrBefore" : null,
            afterKey ? keyset : null);
        var page = afterKey ? _dialect.KeysetPage : _dialect.OffsetPage;
        string Window(string index) => $"SELECT {CertificationColumns} FROM certifications{index}{where} ORDER BY {orderBy} {page};";

        // No one index both filters an expiry range and orders by mentor_id: walking mentor_id order
        // reads past the rows outside the range, which costs most when few rows are in it, and then
        // reading the range and sorting those few is cheaper. The read store chooses by the total.
        var rangeInMentorIdOrder = sort == CertificationSortOrder.MentorId && (after || atOrBefore);
        return new ListStatements(
            $"SELECT {string.Join(" + ", total)};",
            Window(rangeInMentorIdOrder ? _dialect.MentorIdWalk(byType is not null) : string.Empty),
            rangeInMentorIdOrder && _dialect.ExpiryRangeRead is { } rangeRead ? Window(rangeRead(byType is not null)) : null);
    }

    private ListStatements RenewalPage(RenewalFilters filters, RenewalSortOrder sort, bool afterKey)
    {
        var byMentor = filters.HasFlag(RenewalFilters.MentorId) ? "mentor_id = @MentorId" : null;
        var byProcessor = filters.HasFlag(RenewalFilters.ProcessedBy) ? "processed_by = @ProcessedBy" : null;

        // A mentor has a handful of renewals, counted from its index; the rest come from the counts.
        var total = byMentor is null
            ? $"SELECT COALESCE(SUM(row_count), 0) FROM {CountTables.Renewals}{_dialect.CountTableHint}{Where(byProcessor)};"
            : $"SELECT COUNT(*) FROM certification_renewals{Where(byMentor, byProcessor)};";

        var (orderBy, keyset) = sort switch
        {
            RenewalSortOrder.RenewalDate => (
                "renewal_date, renewal_number",
                "renewal_date >= @AfterRenewalDate AND (renewal_date > @AfterRenewalDate OR renewal_number > @AfterNumber)"),
            RenewalSortOrder.RenewalDateDescending => (
                "renewal_date DESC, renewal_number DESC",
                "renewal_date <= @AfterRenewalDate AND (renewal_date < @AfterRenewalDate OR renewal_number < @AfterNumber)"),
            _ => ("renewal_number", "renewal_number > @AfterNumber"),
        };
        var where = Where(byMentor, byProcessor, afterKey ? keyset : null);
        return new ListStatements(
            total,
            $"SELECT {RenewalColumns} FROM certification_renewals{where} ORDER BY {orderBy} {(afterKey ? _dialect.KeysetPage : _dialect.OffsetPage)};");
    }

    private static string Where(params string?[] conditions)
    {
        var applying = conditions.OfType<string>().ToList();
        return applying.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", applying);
    }

    private static IEnumerable<TFlags> AllCombinationsOf<TFlags>()
        where TFlags : struct, Enum
    {
        var all = Enum.GetValues<TFlags>().Aggregate(0, (bits, flag) => bits | Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture));
        return Enumerable.Range(0, all + 1).Select(bits => (TFlags)Enum.ToObject(typeof(TFlags), bits));
    }

    [Flags]
    private enum CertificationFilters
    {
        None = 0,
        CertificationType = 1,
        ExpiresAfter = 2,
        ExpiresAtOrBefore = 4,
    }

    [Flags]
    private enum RenewalFilters
    {
        None = 0,
        MentorId = 1,
        ProcessedBy = 2,
    }
}
