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
internal sealed class CertificationReadStore(ReadDatabase database) : ICertificationReadStore
{
    static CertificationReadStore() => DapperTypeHandlers.Register();

    public async Task<CertificationReadModel?> FindCertificationAsync(string mentorId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CertificationReadModel>(
            new CommandDefinition(database.Statements.Certification, new { MentorId = mentorId }, cancellationToken: cancellationToken));
    }

    public async Task<RenewalReadModel?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RenewalReadModel>(
            new CommandDefinition(database.Statements.Renewal, new { Number = renewalNumber }, cancellationToken: cancellationToken));
    }

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
        return ReadPageAsync<CertificationReadModel>(
            database.Statements.CertificationPage(criteria, afterKey: window.After is not null),
            parameters,
            window.Limit,
            cancellationToken);
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
            database.Statements.RenewalPage(criteria, afterKey: window.After is not null),
            parameters,
            window.Limit,
            cancellationToken);
    }

    /// <summary>
    /// Runs a total-then-window batch (<see cref="ReadStatements"/>) on one connection. The window
    /// asks for one item more than the limit: whether it comes says whether a next page exists.
    /// </summary>
    private async Task<ReadPage<T>> ReadPageAsync<T>(string totalThenWindow, object parameters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(totalThenWindow, parameters, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var items = (await results.ReadAsync<T>()).AsList();
        var hasMore = items.Count > limit;
        if (hasMore)
        {
            items.RemoveAt(limit);
        }

        return new ReadPage<T>(items, total, hasMore);
    }
}
