using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CertStatus.Api.Http;

/// <summary>
/// The original contract writes every path with the base path twice
/// (<c>/api/v1/certification-statuses/api/v1/...</c>) and clients were written from it. Each
/// action is therefore also served at that literal path, by a copy of the action that is hidden
/// from the OpenAPI document so the documented API stays the canonical one.
/// </summary>
internal sealed class ContractAliasRoutesConvention : IApplicationModelConvention
{
    public const string CanonicalPrefix = "api/v1/";
    public const string AliasPrefix = "api/v1/certification-statuses/api/v1/";

    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);

        foreach (var controller in application.Controllers)
        {
            var controllerRoute = controller.Selectors.SingleOrDefault()?.AttributeRouteModel;
            foreach (var action in controller.Actions.ToList())
            {
                var alias = new ActionModel(action);
                var aliased = false;
                foreach (var selector in alias.Selectors)
                {
                    var template = AttributeRouteModel.CombineAttributeRouteModel(controllerRoute, selector.AttributeRouteModel)?.Template;
                    if (template is null || !template.StartsWith(CanonicalPrefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // A leading slash makes the template absolute, so the controller's prefix is not added again.
                    selector.AttributeRouteModel = new AttributeRouteModel { Template = "/" + AliasPrefix + template[CanonicalPrefix.Length..] };
                    aliased = true;
                }

                // Only actions of the contract get an alias; a copy at the same route would be ambiguous.
                if (aliased)
                {
                    alias.ApiExplorer.IsVisible = false;
                    controller.Actions.Add(alias);
                }
            }
        }
    }
}
