using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>Tells <see cref="DatabaseAvailability"/> that one of EF Core's commands got its answer, which ends an outage.</summary>
internal sealed class DatabaseAnsweredInterceptor(DatabaseAvailability availability) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Answered(result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Answered(result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Answered(result);

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Answered(result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Answered(result);

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Answered(result));

    /// <summary>Every kind of command ends here: whatever it returned, the database answered.</summary>
    private T Answered<T>(T result)
    {
        availability.ReportReachable();
        return result;
    }
}
