using CertStatus.Application.Certifications;
using CertStatus.Application.Renewals;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Http;

internal static class ControllerExtensions
{
    /// <summary>200 with the representation, naming its stored version in the ETag header.</summary>
    public static OkObjectResult OkWithETag(this ControllerBase controller, CertificationResponse response) =>
        controller.OkWithETag(response, response.ETag);

    /// <inheritdoc cref="OkWithETag(ControllerBase, CertificationResponse)"/>
    public static OkObjectResult OkWithETag(this ControllerBase controller, RenewalResponse response) =>
        controller.OkWithETag(response, response.ETag);

    /// <summary>201 with the representation, its canonical Location and its ETag.</summary>
    public static CreatedAtRouteResult CreatedWithETag(this ControllerBase controller, string routeName, object routeValues, CertificationResponse response)
    {
        controller.Response.Headers.ETag = response.ETag;
        return controller.CreatedAtRoute(routeName, routeValues, response);
    }

    /// <inheritdoc cref="CreatedWithETag(ControllerBase, string, object, CertificationResponse)"/>
    public static CreatedAtRouteResult CreatedWithETag(this ControllerBase controller, string routeName, object routeValues, RenewalResponse response)
    {
        controller.Response.Headers.ETag = response.ETag;
        return controller.CreatedAtRoute(routeName, routeValues, response);
    }

    private static OkObjectResult OkWithETag(this ControllerBase controller, object response, string eTag)
    {
        controller.Response.Headers.ETag = eTag;
        return controller.Ok(response);
    }
}
