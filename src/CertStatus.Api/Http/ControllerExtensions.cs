using CertStatus.Application.Certifications;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Http;

internal static class ControllerExtensions
{
    /// <summary>200 with the representation, naming its stored version in the ETag header.</summary>
    public static OkObjectResult OkWithETag(this ControllerBase controller, CertificationResponse response)
    {
        controller.Response.Headers.ETag = response.ETag;
        return controller.Ok(response);
    }
}
