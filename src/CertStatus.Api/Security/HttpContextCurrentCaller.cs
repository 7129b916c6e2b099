using System.Security.Claims;
using CertStatus.Application.Common.Security;

namespace CertStatus.Api.Security;

/// <summary>The caller of the current HTTP request: the validated token's <c>sub</c>, else its name.</summary>
internal sealed class HttpContextCurrentCaller(IHttpContextAccessor httpContextAccessor) : ICurrentCaller
{
    public string? Id => IdOf(httpContextAccessor.HttpContext?.User);

    /// <summary>
    /// Who the caller is, decided here only: the audit columns (through <see cref="Id"/>), the rate
    /// limiter's partition and the request log's <c>Caller</c> all name the same one. Those two hold
    /// the request already, so they ask with its user rather than through the accessor.
    /// </summary>
    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindFirstValue("sub") ?? user.Identity.Name
            : null;
}
