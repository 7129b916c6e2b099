namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// What differs between the providers' read statements (<see cref="ReadStatements"/>): how a page
/// is cut, what a day is, and hints; a provider without <see cref="ExpiryRangeRead"/> plans an
/// expiry range in mentor_id order itself.
/// </summary>
internal sealed record ReadDialect(
    string OffsetPage,
    string KeysetPage,
    Func<string, string> DayOf,
    string CountTableHint,
    Func<bool, string> MentorIdWalk,
    Func<bool, string>? ExpiryRangeRead)
{
    public static ReadDialect Sqlite { get; } = new(
        OffsetPage: "LIMIT @Take OFFSET @Offset",
        KeysetPage: "LIMIT @Take",
        DayOf: parameter => $"substr({parameter}, 1, 10)",
        CountTableHint: string.Empty,
        // Without statistics SQLite may read an expiry range and sort it; these walk mentor_id order.
        MentorIdWalk: typeFiltered => " INDEXED BY " + (typeFiltered
            ? "ix_certifications_certification_type_mentor_id_expiry_date"
            : SqliteCertStatusDbContext.MentorIdExpiryDateIndex),
        ExpiryRangeRead: typeFiltered => " INDEXED BY " + (typeFiltered
            ? "ix_certifications_certification_type_expiry_date_mentor_id"
            : "ix_certifications_expiry_date_mentor_id"));

    public static ReadDialect SqlServer { get; } = new(
        OffsetPage: "OFFSET @Offset ROWS FETCH NEXT @Take ROWS ONLY",
        KeysetPage: "OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY",
        DayOf: parameter => $"CAST({parameter} AS date)",
        // Indexed views are read as stored only when asked to, on every edition.
        CountTableHint: " WITH (NOEXPAND)",
        // SQL Server weighs the walk against the range and sort by its statistics itself.
        MentorIdWalk: _ => string.Empty,
        ExpiryRangeRead: null);
}
