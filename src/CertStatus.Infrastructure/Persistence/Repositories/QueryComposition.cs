using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace CertStatus.Infrastructure.Persistence.Repositories;

/// <summary>
/// Builds one query expression out of two, so that a filter is written once and still each query
/// is a single lambda that EF Core can compile: <c>(dbContext, filters…) => matching</c> followed by
/// <c>(matching, more…) => matching.OrderBy(…).Skip(…)</c> gives
/// <c>(dbContext, filters…, more…) => matching.OrderBy(…).Skip(…)</c>.
/// </summary>
internal static class QueryComposition
{
    public static Expression<TDelegate> Then<TDelegate>(this LambdaExpression query, LambdaExpression continuation) =>
        Expression.Lambda<TDelegate>(
            ReplacingExpressionVisitor.Replace(continuation.Parameters[0], query.Body, continuation.Body),
            query.Parameters.Concat(continuation.Parameters.Skip(1)));

    /// <summary>
    /// The query's only result, or null: a lambda that <c>EF.CompileAsyncQuery</c> turns into a
    /// function returning <c>Task&lt;T?&gt;</c> and taking a cancellation token.
    /// </summary>
    public static Expression<Func<CertStatusDbContext, TKey, CancellationToken, T?>> SingleOrDefault<TKey, T>(
        this Expression<Func<CertStatusDbContext, TKey, IQueryable<T>>> query)
        where T : class =>
        query.Then<Func<CertStatusDbContext, TKey, CancellationToken, T?>>(
            (IQueryable<T> matching, CancellationToken _) => matching.SingleOrDefault());
}
