namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// Splits an expiry range (after <c>A</c>, at or before <c>B</c>; either end may be open) into the
/// whole UTC days inside it, whose totals the count table holds, and the two partial days at its
/// ends, counted from the rows: the head <c>(A, FullDaysFrom)</c> and the tail
/// <c>[FullDaysUntil, B]</c>. When both ends fall on one day there are no whole days, the head is
/// the whole range and the tail is empty.
/// </summary>
internal readonly record struct ExpiryDays(DateTimeOffset? FullDaysFrom, DateTimeOffset? FullDaysUntil)
{
    public static ExpiryDays Of(DateTimeOffset? expiresAfter, DateTimeOffset? expiresAtOrBefore)
    {
        DateTimeOffset? from = expiresAfter is { } after ? StartOfDay(after).AddDays(1) : null;
        DateTimeOffset? until = expiresAtOrBefore is { } atOrBefore ? StartOfDay(atOrBefore) : null;
        if (from is { } first && until is { } last && first > last)
        {
            until = first;
        }

        return new ExpiryDays(from, until);
    }

    private static DateTimeOffset StartOfDay(DateTimeOffset instant) =>
        new(instant.UtcDateTime.Date, TimeSpan.Zero);
}
