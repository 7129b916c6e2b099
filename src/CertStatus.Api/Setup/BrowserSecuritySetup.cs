using CertStatus.Api.Configuration;

namespace CertStatus.Api.Setup;

internal static class BrowserSecuritySetup
{
    private const string CorsPolicy = "ConfiguredOrigins";

    /// <summary>
    /// CORS closed unless <c>Cors:AllowedOrigins</c> lists origins; no server banner; responses
    /// that browsers must not sniff into another type.
    /// </summary>
    public static WebApplicationBuilder AddCertStatusBrowserSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var origins = builder.AddValidatedOptions<CorsOriginOptions>(CorsOriginOptions.SectionName).AllowedOrigins;
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Count > 0)
            {
                policy.WithOrigins([.. origins])
                    .WithMethods("GET", "POST", "PUT", "DELETE")
                    .WithHeaders("Content-Type", "Authorization", "If-Match", "Idempotency-Key")
                    .WithExposedHeaders("ETag", "Location", "Retry-After");
            }
        }));
        return builder;
    }

    public static WebApplication UseCertStatusBrowserSecurity(this WebApplication app)
    {
        app.Use((httpContext, next) =>
        {
            // Set as the response starts: the exception handler clears headers set earlier.
            httpContext.Response.OnStarting(() =>
            {
                httpContext.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(httpContext);
        });
        app.UseCors(CorsPolicy);
        return app;
    }
}
