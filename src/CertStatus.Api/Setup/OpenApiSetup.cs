using CertStatus.Api.OpenApi;
using CertStatus.Api.Security;
using Microsoft.Extensions.Options;
using NSwag;
using NSwag.Generation.Processors.Security;

namespace CertStatus.Api.Setup;

internal static class OpenApiSetup
{
    /// <summary>Where NSwag serves the document (<c>/swagger/v1/swagger.json</c>) and its UI (<c>/swagger</c>).</summary>
    internal const string DocumentPathPrefix = "/swagger";

    /// <summary>The OpenAPI document at /swagger/v1/swagger.json and its UI at /swagger.</summary>
    public static WebApplicationBuilder AddCertStatusOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApiDocument((document, services) =>
        {
            document.DocumentName = "v1";
            document.Title = "Certification Status Repository";
            document.Version = "v1";
            document.Description = "The system of record for mentor certifications: who is certified, until when, and every renewal that extended it.";
            document.UseControllerSummaryAsTagDescription = true;

            // Linters want a contact; the service has no public address or mailbox to name yet.
            document.PostProcess = openApi => openApi.Info.Contact = new OpenApiContact { Name = "CertStatus maintainers" };

            document.SchemaSettings.SchemaProcessors.Add(new RequiredMembersSchemaProcessor());
            document.SchemaSettings.SchemaProcessors.Add(new ChangeSchemaProcessor());

            // One flat schema per problem type instead of ASP.NET Core's three-level hierarchy.
            document.SchemaSettings.FlattenInheritanceHierarchy = true;
            document.OperationProcessors.Add(new ResponseHeadersOperationProcessor());
            document.OperationProcessors.Add(new ContractExamplesOperationProcessor());
            document.OperationProcessors.Add(new IdempotencyKeyOperationProcessor());
            document.DocumentProcessors.Add(new UntypedNullableDocumentProcessor());
            document.DocumentProcessors.Add(new SecurityDefinitionAppender(BearerSecurityOperationProcessor.SchemeName, BearerSecurityOperationProcessor.Scheme));
            document.OperationProcessors.Add(new BearerSecurityOperationProcessor(services.GetRequiredService<IOptions<AuthenticationSettings>>().Value.RequireForReads));
        });
        return builder;
    }

    public static WebApplication UseCertStatusOpenApi(this WebApplication app)
    {
        // A branch, so that an API request pays one path test rather than passing through NSwag's
        // two middlewares, each matching the path its own way (docs/performance.md, cost budget).
        app.UseWhen(
            httpContext => httpContext.Request.Path.StartsWithSegments(DocumentPathPrefix, StringComparison.OrdinalIgnoreCase),
            swagger =>
            {
                // One relative server, "/", instead of the entry NSwag makes from each request's host:
                // the committed document from which the client SDK is generated must not depend on
                // who fetched it. "/" is what OAS 3.0 assumes when there is no server at all, but
                // API-governance linters want it written.
                swagger.UseOpenApi(openApi => openApi.PostProcess = (document, _) =>
                {
                    document.Servers.Clear();
                    document.Servers.Add(new OpenApiServer { Url = "/", Description = "The host that serves this document." });
                });
                swagger.UseSwaggerUi();
            });
        return app;
    }
}
