using CertStatus.Application.Certifications;
using CertStatus.Application.Renewals;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Http;

internal static class ControllerExtensions
{
    /// <summary>200 with the representation, naming its stored version in the ETag header.</summary>
    public static OkObjectResult OkWithETag(this ControllerBase controller, CertificationResponse response) =>
        controller.OkWithETag(response, response.Version);

    /// <inheritdoc cref="OkWithETag(ControllerBase, CertificationResponse)"/>
    public static OkObjectResult OkWithETag(this ControllerBase controller, RenewalResponse response) =>
        controller.OkWithETag(response, response.Version);

    /// <summary>201 with the representation, its canonical Location and its ETag.</summary>
    public static CreatedAtRouteResult CreatedWithETag(this ControllerBase controller, string routeName, object routeValues, CertificationResponse response) =>
        controller.CreatedWithETag(routeName, routeValues, response, response.Version);

    /// <inheritdoc cref="CreatedWithETag(ControllerBase, string, object, CertificationResponse)"/>
    public static CreatedAtRouteResult CreatedWithETag(this ControllerBase controller, string routeName, object routeValues, RenewalResponse response) =>
        controller.CreatedWithETag(routeName, routeValues, response, response.Version);

    private static OkObjectResult OkWithETag(this ControllerBase controller, object response, Guid version)
    {
        controller.Response.Headers.ETag = EntityTag.For(version);
        return controller.Ok(response);
    }

    private static CreatedAtRouteResult CreatedWithETag(this ControllerBase controller, string routeName, object routeValues, object response, Guid version)
    {
        controller.Response.Headers.ETag = EntityTag.For(version);
        return controller.CreatedAtRoute(routeName, routeValues, response);
    }
}
