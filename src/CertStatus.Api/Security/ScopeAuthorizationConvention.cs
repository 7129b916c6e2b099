using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CertStatus.Api.Security;

/// <summary>
/// Puts every controller action under the policy of the scope its HTTP method needs
/// (<see cref="Scopes.RequiredFor"/>), so no action carries an attribute of its own and a new one
/// cannot be forgotten. Only controllers are affected: health probes and the OpenAPI UI stay open.
/// </summary>
internal sealed class ScopeAuthorizationConvention(bool requireForReads) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);

        foreach (var selector in application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors))
        {
            var methods = selector.EndpointMetadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            if (methods.Count == 0)
            {
                // An action without a method constraint answers every method, writes included.
                methods.Add(HttpMethods.Post);
            }

            // The strictest scope among the methods the selector answers.
            var scopes = methods.Select(method => Scopes.RequiredFor(method, requireForReads)).OfType<string>().Distinct().ToList();
            var scope = scopes.Contains(Scopes.Write) ? Scopes.Write : scopes.SingleOrDefault();
            if (scope is not null)
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute(scope));
            }
        }
    }
}
