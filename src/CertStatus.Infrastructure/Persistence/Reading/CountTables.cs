namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// The counts the database keeps in the transaction of every write, so that a list's total reads
/// a few rows instead of every match: triggers fill tables on SQLite, and on SQL Server they are
/// indexed views (migration <c>AddListIndexesAndCounts</c>). They are not in the EF Core model:
/// only the read side reads them, and nothing writes them but the database.
/// </summary>
internal static class CountTables
{
    /// <summary>Certifications per type and expiry day: <c>certification_type</c>, <c>expiry_day</c>, <c>row_count</c>.</summary>
    public const string Certifications = "certification_counts";

    /// <summary>Renewals per <c>processed_by</c>: <c>processed_by</c>, <c>row_count</c>.</summary>
    public const string Renewals = "renewal_counts";

    /// <summary>Every count table with its columns, for the tests that check the statements naming them.</summary>
    public static IReadOnlyDictionary<string, string[]> Columns { get; } = new Dictionary<string, string[]>
    {
        [Certifications] = ["certification_type", "expiry_day", "row_count"],
        [Renewals] = ["processed_by", "row_count"],
    };
}
