namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// The statements of one list query: its total and its window of rows, sent as one batch; and,
/// for an expiry range in mentor_id order, a second window that reads the range through the expiry
/// index and sorts it, for when the total says few rows match (<see cref="CertificationReadStore"/>).
/// </summary>
internal sealed record ListStatements(string Total, string Window, string? WindowSortingFewMatches = null)
{
    public string TotalThenWindow => Total + "\n" + Window;
}
