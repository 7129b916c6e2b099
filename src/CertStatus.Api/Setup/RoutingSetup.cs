using Serilog;

namespace CertStatus.Api.Setup;

internal static class RoutingSetup
{
    /// <summary>
    /// Routing, and the matched route template recorded for the request log right away: the
    /// exception handler clears the endpoint when it answers, so it cannot be read at the end.
    /// </summary>
    public static WebApplication UseCertStatusRouting(this WebApplication app)
    {
        app.UseRouting();
        app.Use((httpContext, next) =>
        {
            var routePattern = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            httpContext.RequestServices.GetRequiredService<IDiagnosticContext>()
                .Set("RoutePattern", routePattern ?? httpContext.Request.Path.Value);
            return next(httpContext);
        });
        return app;
    }
}
