using System.Collections.Concurrent;
using System.Collections.Frozen;
using CertStatus.Api.Errors;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Http;

/// <summary>
/// A query parameter the action does not declare, one given twice, or one given without a value
/// is a 400: a misspelt or empty filter silently ignored would return the wrong data with a 200.
/// </summary>
internal sealed class RejectUnknownQueryParametersFilter : IResourceFilter
{
    // The names an action declares never change: worked out once per action, not per request.
    private readonly ConcurrentDictionary<ActionDescriptor, FrozenSet<string>> _declared = new();

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var query = context.HttpContext.Request.Query;
        if (query.Count == 0)
        {
            return;
        }

        var declared = _declared.GetOrAdd(context.ActionDescriptor, DeclaredQueryParameters);
        var errors = new ModelStateDictionary();
        foreach (var (name, values) in query)
        {
            if (!declared.Contains(name))
            {
                var allowed = declared.Count == 0 ? "this route takes none" : $"allowed: {string.Join(", ", declared.Order(StringComparer.Ordinal))}";
                errors.AddModelError(name, $"'{name}' is not a query parameter of this route ({allowed}).");
            }
            else if (values.Count > 1)
            {
                errors.AddModelError(name, $"'{name}' must be given once.");
            }
            else if (string.IsNullOrWhiteSpace(values[0]))
            {
                errors.AddModelError(name, $"'{name}' needs a value; leave it out to not filter.");
            }
        }

        if (errors.ErrorCount > 0)
        {
            context.Result = InvalidRequestResponse.For(context.HttpContext, errors);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    private static FrozenSet<string> DeclaredQueryParameters(ActionDescriptor action) => action.Parameters
        .Where(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Query)
        .Select(parameter => parameter.BindingInfo?.BinderModelName ?? parameter.Name)
        .ToFrozenSet(StringComparer.Ordinal);
}
