using Microsoft.AspNetCore.Mvc.Filters;

namespace CertStatus.Api.Idempotency;

/// <summary>
/// Makes a POST safe to retry with an <c>Idempotency-Key</c> header (<see cref="IdempotencyFilter"/>).
/// Documented in the OpenAPI document by <c>IdempotencyKeyOperationProcessor</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class IdempotentAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public bool IsReusable => false;

    /// <summary>
    /// After the filters of order 0 (<c>[Consumes]</c>, the query-parameter check): a request they
    /// refuse never reaches the database, so it neither claims nor uses up a key.
    /// </summary>
    public int Order => 1;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        ActivatorUtilities.CreateInstance<IdempotencyFilter>(serviceProvider);
}
