using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Namotion.Reflection;
using NJsonSchema.Generation;

namespace CertStatus.Api.OpenApi;

/// <summary>
/// States in the schema what the wire guarantees, so that generated clients get non-nullable
/// members exactly where a value is always there: every non-nullable member of a response is
/// required, and so is every request member marked <see cref="RequiredAttribute"/> (request
/// members are nullable in C# only so that the server can tell "missing" from "invalid").
/// </summary>
internal sealed class RequiredMembersSchemaProcessor : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContextualType.Type.Namespace?.StartsWith("CertStatus.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var member in context.ContextualType.Properties)
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
            if (!context.Schema.Properties.TryGetValue(name, out var property))
            {
                continue;
            }

            if (member.GetAttribute<RequiredAttribute>(inherit: true) is not null
                || member.Nullability == Nullability.NotNullable)
            {
                property.IsRequired = true;
                property.IsNullableRaw = null;
            }
        }
    }
}
