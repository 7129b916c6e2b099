using CertStatus.Api.Errors;
using CertStatus.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Namotion.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CertStatus.Api.OpenApi;

/// <summary>
/// Marks each operation with the bearer scheme, and with the scope its HTTP method needs
/// (<see cref="Scopes.RequiredFor"/>) in <c>x-required-scopes</c>, whether or not this instance has
/// authentication turned on: the document describes the API that clients are generated for, not
/// one deployment. An operation open to anonymous callers lists an empty requirement besides the
/// bearer one.
/// </summary>
internal sealed class BearerSecurityOperationProcessor(bool requireForReads) : IOperationProcessor
{
    public const string SchemeName = "Bearer";

    /// <summary>The operation extension that names the scope an access token must grant.</summary>
    public const string RequiredScopesExtension = "x-required-scopes";

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = OpenApiSecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = $"An OAuth 2.0 access token (JWT). Writes need the scope '{Scopes.Write}'; reads need "
            + $"'{Scopes.Read}' where the service requires tokens for reads. Each operation names its scope in "
            + $"{RequiredScopesExtension}. A service without an identity provider configured accepts anonymous calls.",
    };

    public bool Process(OperationProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var method = context.OperationDescription.Method;
        var operation = context.OperationDescription.Operation;
        var scope = Scopes.RequiredFor(method, requireForReads: true)!;
        var required = Scopes.RequiredFor(method, requireForReads) is not null;

        operation.Security ??= [];
        if (!required)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        // OAS 3.0 lets a requirement list scopes only for OAuth 2.0 and OpenID Connect schemes; for
        // an HTTP bearer scheme the list must be empty, so the scope travels in an extension.
        operation.Security.Add(new OpenApiSecurityRequirement { [SchemeName] = [] });
        operation.ExtensionData ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        operation.ExtensionData[RequiredScopesExtension] = new[] { scope };

        if (required)
        {
            var problem = context.SchemaGenerator.GenerateWithReferenceAndNullability<JsonSchema>(
                typeof(ProblemDetails).ToContextualType(), isNullable: false, context.SchemaResolver);
            AddProblemResponse(operation, StatusCodes.Status401Unauthorized, "No access token, or one that is expired or invalid.", problem);
            AddProblemResponse(operation, StatusCodes.Status403Forbidden, $"The access token does not grant the scope '{scope}'.", problem);
        }

        return true;
    }

    private static void AddProblemResponse(OpenApiOperation operation, int status, string description, JsonSchema problem)
    {
        var response = new OpenApiResponse { Description = description };
        response.Content[ProblemTypes.ContentType] = new OpenApiMediaType { Schema = problem };
        operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
