using CertStatus.Application.Changes;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Reading;
using CertStatus.Infrastructure.Persistence.Reading;
using Dapper;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>The change feed over Dapper: one connection per call, the provider's SQL (<see cref="ChangeFeedStatements"/>).</summary>
internal sealed class ChangeFeedReadStore(ReadDatabase database, ChangeFeedStatements statements) : IChangeFeedReadStore
{
    static ChangeFeedReadStore() => DapperTypeHandlers.Register();

    public Task<long> ReadLatestPositionAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => connection.ExecuteScalarAsync<long>(new CommandDefinition(statements.Latest, cancellationToken: cancellationToken)),
            cancellationToken);

    public Task<ChangeFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var results = await connection.QueryMultipleAsync(
                    new CommandDefinition(statements.PageAfter, new { After = after, Take = limit + 1 }, cancellationToken: cancellationToken));
                var rows = (await results.ReadAsync<ChangeRow>()).AsList();
                var prunedThrough = await results.ReadSingleAsync<long>();

                // One row more than the limit says whether more were there, with no second query.
                var hasMore = rows.Count > limit;
                return new ChangeFeedPage([.. rows.Take(limit).Select(ToReadModel)], hasMore, prunedThrough);
            },
            cancellationToken);

    private static ChangeReadModel ToReadModel(ChangeRow row)
    {
        var resource = ChangeFeedNames.ResourceNamed(row.Resource);
        var operation = ChangeFeedNames.OperationNamed(row.Operation);
        var data = operation == ChangeOperation.Upsert ? row.Data ?? throw new InvalidDataException($"Change {row.Position} is an upsert without data.") : null;
        return new ChangeReadModel(
            row.Position,
            resource,
            row.ResourceId,
            operation,
            row.ChangedAt,
            data is not null && resource == ChangeResource.CertificationStatus ? ChangeSnapshots.CertificationFrom(data) : null,
            data is not null && resource == ChangeResource.CertificationRenewal ? ChangeSnapshots.RenewalFrom(data) : null);
    }

    /// <summary>A row of <see cref="ChangeFeedStatements.PageAfter"/>, in the order it selects its columns.</summary>
    private sealed record ChangeRow(long Position, string Resource, string ResourceId, string Operation, DateTimeOffset ChangedAt, string? Data);
}
