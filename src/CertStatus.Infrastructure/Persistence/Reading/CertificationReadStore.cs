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
        PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(page);

        var parameters = new
        {
            criteria.CertificationType,
            criteria.ExpiresAfter,
            criteria.ExpiresAtOrBefore,
            page.Offset,
            page.Limit,
        };
        return ReadPageAsync<CertificationReadModel>(database.Statements.CertificationPage(criteria), parameters, cancellationToken);
    }

    public Task<ReadPage<RenewalReadModel>> ListRenewalsAsync(
        RenewalListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(page);

        var parameters = new { criteria.MentorId, criteria.ProcessedBy, page.Offset, page.Limit };
        return ReadPageAsync<RenewalReadModel>(database.Statements.RenewalPage(criteria), parameters, cancellationToken);
    }

    /// <summary>Runs a count-then-page batch (<see cref="ReadStatements"/>) on one connection.</summary>
    private async Task<ReadPage<T>> ReadPageAsync<T>(string countThenPage, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(countThenPage, parameters, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var items = await results.ReadAsync<T>();
        return new ReadPage<T>(items.AsList(), total);
    }
}
