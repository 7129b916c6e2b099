using CertStatus.Application.Certifications;
using CertStatus.Application.Changes;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Renewals;
using Namotion.Reflection;
using NJsonSchema;
using NJsonSchema.Generation;

namespace CertStatus.Api.OpenApi;

/// <summary>
/// Describes a change as SPEC §6 defines it, which its C# type cannot say: <c>resource</c> and
/// <c>operation</c> take one of their names, and <c>data</c> is the representation of a
/// certification status or of a renewal (as <c>resource</c> says), or null for a delete.
/// </summary>
internal sealed class ChangeSchemaProcessor : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContextualType.Type != typeof(ChangeResponse))
        {
            return;
        }

        var properties = context.Schema.ActualSchema.Properties;
        Enumerate(properties["resource"], ChangeFeedNames.CertificationStatus, ChangeFeedNames.CertificationRenewal);
        Enumerate(properties["operation"], ChangeFeedNames.Upsert, ChangeFeedNames.Delete);

        var data = new JsonSchemaProperty
        {
            Description = "For an upsert, the resource as GET one answers it: a CertificationResponse when resource is "
                + $"{ChangeFeedNames.CertificationStatus}, a RenewalResponse when it is {ChangeFeedNames.CertificationRenewal}. Null for a delete.",
            IsRequired = true,
        };
        foreach (var type in new[] { typeof(CertificationResponse), typeof(RenewalResponse) })
        {
            data.OneOf.Add(context.Generator.GenerateWithReference<JsonSchema>(type.ToContextualType(), context.Resolver));
        }

        // OAS 3.0 has no null type; a nullable schema that admits only null says it (3.0.3, "nullable").
        var none = new JsonSchema { Type = JsonObjectType.Object, IsNullableRaw = true, Description = "A delete: no data." };
        none.Enumeration.Add(null);
        data.OneOf.Add(none);

        properties["data"] = data;
    }

    private static void Enumerate(JsonSchemaProperty property, params string[] names)
    {
        property.Enumeration.Clear();
        foreach (var name in names)
        {
            property.Enumeration.Add(name);
        }
    }
}
