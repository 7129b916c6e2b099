using System.Security.Claims;
using CertStatus.Application.Common.Security;

namespace CertStatus.Api.Security;

/// <summary>The caller of the current HTTP request: the validated token's <c>sub</c>, else its name.</summary>
internal sealed class HttpContextCurrentCaller(IHttpContextAccessor httpContextAccessor) : ICurrentCaller
{
    public string? Id => IdOf(httpContextAccessor.HttpContext?.User);

    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindFirstValue("sub") ?? user.Identity.Name
            : null;
}
