using CertStatus.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Http;

/// <summary>
/// A query parameter the action does not declare, one given twice, or one given without a value
/// is a 400: a misspelt or empty filter silently ignored would return the wrong data with a 200.
/// </summary>
internal sealed class RejectUnknownQueryParametersFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var declared = context.ActionDescriptor.Parameters
            .Where(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Query)
            .Select(parameter => parameter.BindingInfo?.BinderModelName ?? parameter.Name)
            .ToHashSet(StringComparer.Ordinal);

        var errors = new ModelStateDictionary();
        foreach (var (name, values) in context.HttpContext.Request.Query)
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
}
