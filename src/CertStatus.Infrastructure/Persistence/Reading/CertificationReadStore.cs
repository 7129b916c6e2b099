using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.ListRenewals;
using Dapper;

namespace CertStatus.Infrastructure.Persistence.Reading;

/// <summary>
/// The read side over Dapper: one connection per call, the provider's own SQL
/// (<see cref="ReadStatements"/>), rows materialised straight into read models. No EF Core, no
/// change tracking, no aggregate. A list's count and page travel as one batch on one connection.
/// </summary>
/// <param name="database">The provider's connections and statements.</param>
/// <param name="fewMatches">
/// Up to how many matches an expiry range in mentor_id order is read by its range and sorted,
/// rather than found by walking mentor_id order (<see cref="ListStatements.WindowSortingFewMatches"/>).
/// </param>
internal sealed class CertificationReadStore(
    ReadDatabase database,
    int fewMatches = CertificationReadStore.FewMatches) : ICertificationReadStore
{
    /// <summary>
    /// Sorting this many rows costs about what walking mentor_id order costs to fill a page of
    /// 100 when this many of a million rows match (docs/performance.md, "Paging at depth").
    /// </summary>
    public const int FewMatches = 5_000;

    static CertificationReadStore() => DapperTypeHandlers.Register();

    public Task<CertificationReadModel?> FindCertificationAsync(string mentorId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => connection.QuerySingleOrDefaultAsync<CertificationReadModel>(
                new CommandDefinition(database.Statements.Certification, new { MentorId = mentorId }, cancellationToken: cancellationToken)),
            cancellationToken);

    public Task<RenewalReadModel?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => connection.QuerySingleOrDefaultAsync<RenewalReadModel>(
                new CommandDefinition(database.Statements.Renewal, new { Number = renewalNumber }, cancellationToken: cancellationToken)),
            cancellationToken);

    public Task<ReadPage<CertificationReadModel>> ListCertificationsAsync(
        CertificationListCriteria criteria,
        ListWindow<CertificationSortKey> window,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(window);

        var days = ExpiryDays.Of(criteria.ExpiresAfter, criteria.ExpiresAtOrBefore);
        var parameters = new DynamicParameters(new
        {
            criteria.CertificationType,
            window.Offset,
            Take = window.Limit + 1,
            AfterMentorId = window.After?.MentorId,
        });
        database.AddInstant(parameters, "ExpiresAfter", criteria.ExpiresAfter);
        database.AddInstant(parameters, "ExpiresAtOrBefore", criteria.ExpiresAtOrBefore);
        database.AddInstant(parameters, "FullDaysFrom", days.FullDaysFrom);
        database.AddInstant(parameters, "FullDaysUntil", days.FullDaysUntil);
        database.AddInstant(parameters, "AfterExpiryDate", window.After?.ExpiryDate);
        var statements = database.Statements.CertificationPage(criteria, afterKey: window.After is not null);
        return statements.WindowSortingFewMatches is { } sortingFewMatches
            ? ReadPageByTotalAsync<CertificationReadModel>(statements.Total, sortingFewMatches, statements.Window, parameters, window.Limit, cancellationToken)
            : ReadPageAsync<CertificationReadModel>(statements.TotalThenWindow, parameters, window.Limit, cancellationToken);
    }

    public Task<ReadPage<RenewalReadModel>> ListRenewalsAsync(
        RenewalListCriteria criteria,
        ListWindow<RenewalSortKey> window,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(window);

        var parameters = new DynamicParameters(new
        {
            criteria.MentorId,
            criteria.ProcessedBy,
            window.Offset,
            Take = window.Limit + 1,
            AfterNumber = window.After?.Number,
        });
        database.AddInstant(parameters, "AfterRenewalDate", window.After?.RenewalDate);
        return ReadPageAsync<RenewalReadModel>(
            database.Statements.RenewalPage(criteria, afterKey: window.After is not null).TotalThenWindow,
            parameters,
            window.Limit,
            cancellationToken);
    }

    /// <summary>
    /// Runs a total-then-window batch (<see cref="ReadStatements"/>) on one connection. The window
    /// asks for one item more than the limit: whether it comes says whether a next page exists.
    /// </summary>
    private Task<ReadPage<T>> ReadPageAsync<T>(string totalThenWindow, object parameters, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var results = await connection.QueryMultipleAsync(
                    new CommandDefinition(totalThenWindow, parameters, cancellationToken: cancellationToken));
                var total = await results.ReadSingleAsync<int>();
                return PageOf((await results.ReadAsync<T>()).AsList(), total, limit);
            },
            cancellationToken);

    /// <summary>
    /// Reads the total first and lets it choose the window: the range read and sorted when few
    /// rows match, the mentor_id walk otherwise.
    /// </summary>
    private Task<ReadPage<T>> ReadPageByTotalAsync<T>(
        string totalStatement,
        string windowSortingFewMatches,
        string windowWalking,
        object parameters,
        int limit,
        CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(totalStatement, parameters, cancellationToken: cancellationToken));
                var window = total <= fewMatches ? windowSortingFewMatches : windowWalking;
                var items = (await connection.QueryAsync<T>(new CommandDefinition(window, parameters, cancellationToken: cancellationToken))).AsList();
                return PageOf(items, total, limit);
            },
            cancellationToken);

    private static ReadPage<T> PageOf<T>(List<T> items, int total, int limit)
    {
        var hasMore = items.Count > limit;
        if (hasMore)
        {
            items.RemoveAt(limit);
        }

        return new ReadPage<T>(items, total, hasMore);
    }
}
