using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;

namespace CertStatus.Api.Http;

/// <summary>
/// Declares the problem responses that follow from an action's shape, so that an action lists
/// only the ones its own use case adds: a request body can be invalid (400), too large (413) or
/// not JSON (415); an id in the path can name nothing (404); a write can conflict with another
/// (409); an If-Match can name a version no longer stored (412).
/// </summary>
internal sealed class ProblemResponsesConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);

        var sources = action.Parameters.Select(parameter => parameter.BindingInfo?.BindingSource).ToList();
        var statuses = new SortedSet<int>();
        if (sources.Contains(BindingSource.Body))
        {
            statuses.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }

        if (sources.Contains(BindingSource.Path))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (IsWrite(action))
        {
            statuses.Add(StatusCodes.Status409Conflict);
        }

        if (action.Parameters.Any(IsIfMatch))
        {
            statuses.Add(StatusCodes.Status412PreconditionFailed);
        }

        foreach (var status in statuses)
        {
            // The document lists responses in the order they are declared: keep them in status order.
            var index = action.Filters.TakeWhile(filter => filter is not IApiResponseMetadataProvider response || response.StatusCode < status).Count();
            action.Filters.Insert(index, new ProducesProblemAttribute(status));
        }
    }

    private static bool IsWrite(ActionModel action) => action.Selectors
        .SelectMany(selector => selector.EndpointMetadata.OfType<IHttpMethodMetadata>())
        .SelectMany(metadata => metadata.HttpMethods)
        .Any(method => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method));

    private static bool IsIfMatch(ParameterModel parameter) =>
        parameter.BindingInfo?.BindingSource == BindingSource.Header
        && string.Equals(parameter.BindingInfo.BinderModelName, HeaderNames.IfMatch, StringComparison.OrdinalIgnoreCase);
}
