using NJsonSchema;
using NJsonSchema.Visitors;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CertStatus.Api.OpenApi;

/// <summary>
/// Drops <c>nullable</c> from schemas that have no <c>type</c> and nothing else to qualify, such as
/// the <c>additionalProperties</c> NJsonSchema writes for the extension members of problem details
/// (<c>{"nullable": true}</c>). OAS 3.0 gives <c>nullable</c> a meaning only beside <c>type</c>, and
/// a schema without a type already admits null, so the document says the same without it and
/// linters stop rejecting it.
/// </summary>
internal sealed class UntypedNullableDocumentProcessor : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        new Visitor().Visit(context.Document);
    }

    private sealed class Visitor : JsonSchemaVisitorBase
    {
        protected override JsonSchema VisitSchema(JsonSchema schema, string path, string? typeNameHint)
        {
            // A reference or a composition made nullable is another matter (nullable members that
            // point at a schema): left for the linters to report rather than changed silently.
            if (schema.IsNullableRaw == true
                && schema.Type == JsonObjectType.None
                && !schema.HasReference
                && schema.OneOf.Count == 0
                && schema.AnyOf.Count == 0
                && schema.AllOf.Count == 0)
            {
                schema.IsNullableRaw = null;
            }

            return schema;
        }
    }
}
