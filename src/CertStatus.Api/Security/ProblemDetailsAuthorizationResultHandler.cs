using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CertStatus.Api.Security;

/// <summary>
/// Answers 401 and 403 as problem details, like every other error. The framework's handler
/// challenges or forbids first, so the bearer scheme still sets <c>WWW-Authenticate</c>.
/// </summary>
internal sealed class ProblemDetailsAuthorizationResultHandler(IProblemDetailsService problemDetailsService)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _frameworkHandler = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);

        await _frameworkHandler.HandleAsync(next, context, policy, authorizeResult);
        if (!(authorizeResult.Challenged || authorizeResult.Forbidden) || context.Response.HasStarted)
        {
            return;
        }

        var scope = policy.Requirements.OfType<ScopeRequirement>().Select(requirement => requirement.Scope).FirstOrDefault();
        await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Detail = authorizeResult.Forbidden
                    ? $"The access token does not grant the scope '{scope}' that this operation requires."
                    : context.Request.Headers.ContainsKey(HeaderNames.Authorization)
                        ? "The access token was rejected: it is expired, not yet valid, wrongly signed, or issued for another audience or by another issuer."
                        : $"This operation requires a bearer access token with the scope '{scope}'.",
            },
        });
    }
}
