using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Reading;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// Deletes the changes made before a cut-off, oldest first, at most <see cref="BatchSize"/> per
/// short transaction (on SQLite in its turn among the writers, so a write waits for one batch at
/// most), and records the highest position deleted: a token before it has missed changes.
/// Only a prefix of the feed is deleted, so that everything at or before the recorded position is
/// gone and everything after it is kept: a change that is due but follows one that is not (a
/// replica's clock behind another's) waits for it.
/// </summary>
internal sealed class ChangeFeedRetention(IServiceScopeFactory scopes, WriterQueue writers, ChangeFeedStatements statements) : IChangeFeedRetention
{
    public const int BatchSize = 500;

    static ChangeFeedRetention() => DapperTypeHandlers.Register();

    /// <inheritdoc/>
    /// <remarks>Stops at the first change that is not due: see the class summary.</remarks>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var pruned = 0;
        while (true)
        {
            var deleted = await PruneBatchAsync(cutoff, cancellationToken);
            pruned += deleted;
            if (deleted < BatchSize)
            {
                return pruned;
            }
        }
    }

    private async Task<int> PruneBatchAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<CertStatusDbContext>();
        await dbContext.Database.OpenConnectionAsync(cancellationToken);
        var connection = dbContext.Database.GetDbConnection();

        // Choosing the batch only reads, so it takes no writer's turn.
        var prunedThrough = await connection.ExecuteScalarAsync<long>(new CommandDefinition(statements.PrunedThrough, cancellationToken: cancellationToken));
        var oldest = await connection.QueryAsync<Candidate>(
            new CommandDefinition(statements.OldestAfter, new { After = prunedThrough, Take = BatchSize }, cancellationToken: cancellationToken));
        var due = oldest.TakeWhile(candidate => candidate.ChangedAt < cutoff).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        using var turn = await writers.WaitForTurnAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            new CommandDefinition(statements.Prune, new { After = prunedThrough, Through = due[^1].Position }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>A row of <see cref="ChangeFeedStatements.OldestAfter"/>.</summary>
    private sealed record Candidate(long Position, DateTimeOffset ChangedAt);
}
