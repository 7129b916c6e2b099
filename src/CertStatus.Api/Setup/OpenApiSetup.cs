namespace CertStatus.Api.Setup;

internal static class OpenApiSetup
{
    /// <summary>The OpenAPI document at /swagger/v1/swagger.json and its UI at /swagger.</summary>
    public static WebApplicationBuilder AddCertStatusOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApiDocument(document =>
        {
            document.DocumentName = "v1";
            document.Title = "Certification Status Repository";
            document.Version = "v1";
            document.Description = "The system of record for mentor certifications: who is certified, until when, and every renewal that extended it.";
        });
        return builder;
    }

    public static WebApplication UseCertStatusOpenApi(this WebApplication app)
    {
        app.UseOpenApi();
        app.UseSwaggerUi();
        return app;
    }
}
