using System.Reflection;
using CertStatus.Api.Idempotency;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CertStatus.Api.OpenApi;

/// <summary>Documents the optional <c>Idempotency-Key</c> request header of the <see cref="IdempotentAttribute"/> operations.</summary>
internal sealed class IdempotencyKeyOperationProcessor : IOperationProcessor
{
    private const string Description =
        "Optional: makes the request safe to retry. 1–200 printable ASCII characters, unique per request " +
        "(a GUID is a good choice); the C# client sends a fresh one with every POST. A repeat with the same " +
        "key and the same body within 24 hours gets the original answer again (status, body, Location and " +
        "ETag, with Idempotent-Replayed: true) without writing again. The same key with a different body " +
        "is a 422. A repeat while the first request is still being handled is a 409 with Retry-After. " +
        "Answers 408, 409, 429 and 5xx are not stored: a retry runs again.";

    public bool Process(OperationProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MethodInfo.GetCustomAttribute<IdempotentAttribute>() is null)
        {
            return true;
        }

        context.OperationDescription.Operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeyHeader.Name,
            OriginalName = "idempotencyKey",
            Kind = OpenApiParameterKind.Header,
            IsRequired = false,
            Description = Description,
            Schema = new JsonSchema
            {
                Type = JsonObjectType.String,
                MinLength = 1,
                MaxLength = IdempotencyKeyHeader.MaxLength,
                IsNullableRaw = true,
            },

            // After the request body, as If-Match comes after it elsewhere.
            Position = context.OperationDescription.Operation.Parameters.Count + 2,
        });
        return true;
    }
}
