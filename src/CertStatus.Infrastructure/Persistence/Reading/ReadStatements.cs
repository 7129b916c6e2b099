using System.Collections.Frozen;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Renewals.ListRenewals;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// Every statement the read side sends to one provider, written out in full when the service
/// starts: one per lookup, and one per list filter combination and sort order (the count and the
/// page in one batch), so that each has plain comparisons an index serves and no
/// <c>@p IS NULL OR …</c>. The two providers differ only in how a page is cut. <see cref="All"/>
/// lets the tests explain every SQLite statement and parse every T-SQL one.
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

    private readonly FrozenDictionary<(CertificationFilters, CertificationSortOrder), string> _certificationPages;
    private readonly FrozenDictionary<(RenewalFilters, RenewalSortOrder), string> _renewalPages;

    private ReadStatements(string provider, string pageClause)
    {
        Provider = provider;
        _certificationPages = (
            from filters in AllCombinationsOf<CertificationFilters>()
            from sort in Enum.GetValues<CertificationSortOrder>()
            select (filters, sort)).ToFrozenDictionary(key => key, key => CertificationPage(key.filters, key.sort, pageClause));
        _renewalPages = (
            from filters in AllCombinationsOf<RenewalFilters>()
            from sort in Enum.GetValues<RenewalSortOrder>()
            select (filters, sort)).ToFrozenDictionary(key => key, key => RenewalPage(key.filters, key.sort, pageClause));
    }

    /// <summary>SQLite: <c>LIMIT … OFFSET …</c>.</summary>
    public static ReadStatements Sqlite { get; } = new("Sqlite", "LIMIT @Limit OFFSET @Offset");

    /// <summary>SQL Server: <c>OFFSET … ROWS FETCH NEXT … ROWS ONLY</c>.</summary>
    public static ReadStatements SqlServer { get; } = new("SqlServer", "OFFSET @Offset ROWS FETCH NEXT @Limit ROWS ONLY");

    public string Provider { get; }

    /// <summary>One certification by <c>@MentorId</c>.</summary>
    public string Certification { get; } = $"SELECT {CertificationColumns} FROM certifications WHERE mentor_id = @MentorId";

    /// <summary>One renewal by <c>@Number</c>.</summary>
    public string Renewal { get; } = $"SELECT {RenewalColumns} FROM certification_renewals WHERE renewal_number = @Number";

    /// <summary>Every statement, named for a test's report.</summary>
    public IEnumerable<(string Name, string Sql)> All =>
        new[] { ("certification", Certification), ("renewal", Renewal) }
            .Concat(_certificationPages.Select(page => ($"certifications where {page.Key.Item1} order by {page.Key.Item2}", page.Value)))
            .Concat(_renewalPages.Select(page => ($"renewals where {page.Key.Item1} order by {page.Key.Item2}", page.Value)));

    /// <summary>
    /// The count of the matching certifications, then the page: parameters <c>@CertificationType</c>,
    /// <c>@ExpiresAfter</c>, <c>@ExpiresAtOrBefore</c> (those the criteria hold), <c>@Offset</c>, <c>@Limit</c>.
    /// </summary>
    public string CertificationPage(CertificationListCriteria criteria)
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

        return _certificationPages[(filters, criteria.Sort)];
    }

    /// <summary>
    /// The count of the matching renewals, then the page: parameters <c>@MentorId</c>,
    /// <c>@ProcessedBy</c> (those the criteria hold), <c>@Offset</c>, <c>@Limit</c>.
    /// </summary>
    public string RenewalPage(RenewalListCriteria criteria)
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

        return _renewalPages[(filters, criteria.Sort)];
    }

    private static string CertificationPage(CertificationFilters filters, CertificationSortOrder sort, string pageClause)
    {
        var where = Where(
            (filters.HasFlag(CertificationFilters.CertificationType), "certification_type = @CertificationType"),
            (filters.HasFlag(CertificationFilters.ExpiresAfter), "expiry_date > @ExpiresAfter"),
            (filters.HasFlag(CertificationFilters.ExpiresAtOrBefore), "expiry_date <= @ExpiresAtOrBefore"));

        // mentor_id breaks ties, so the order is total and a page boundary never splits equals.
        var orderBy = sort switch
        {
            CertificationSortOrder.ExpiryDate => "expiry_date, mentor_id",
            CertificationSortOrder.ExpiryDateDescending => "expiry_date DESC, mentor_id DESC",
            _ => "mentor_id",
        };
        return $"SELECT COUNT(*) FROM certifications{where};\n"
            + $"SELECT {CertificationColumns} FROM certifications{where} ORDER BY {orderBy} {pageClause};";
    }

    private static string RenewalPage(RenewalFilters filters, RenewalSortOrder sort, string pageClause)
    {
        var where = Where(
            (filters.HasFlag(RenewalFilters.MentorId), "mentor_id = @MentorId"),
            (filters.HasFlag(RenewalFilters.ProcessedBy), "processed_by = @ProcessedBy"));
        var orderBy = sort switch
        {
            RenewalSortOrder.RenewalDate => "renewal_date, renewal_number",
            RenewalSortOrder.RenewalDateDescending => "renewal_date DESC, renewal_number DESC",
            _ => "renewal_number",
        };
        return $"SELECT COUNT(*) FROM certification_renewals{where};\n"
            + $"SELECT {RenewalColumns} FROM certification_renewals{where} ORDER BY {orderBy} {pageClause};";
    }

    private static string Where(params (bool Applies, string Condition)[] conditions)
    {
        var applying = conditions.Where(condition => condition.Applies).Select(condition => condition.Condition).ToList();
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
