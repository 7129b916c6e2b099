using System.Globalization;
using System.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CertStatus.Api.OpenApi;

/// <summary>Adds the headers declared with <see cref="ResponseHeaderAttribute"/> to the operation's responses.</summary>
internal sealed class ResponseHeadersOperationProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var header in context.MethodInfo.GetCustomAttributes<ResponseHeaderAttribute>())
        {
            var statusCode = header.StatusCode.ToString(CultureInfo.InvariantCulture);
            if (context.OperationDescription.Operation.Responses.TryGetValue(statusCode, out var response))
            {
                response.Headers[header.Name] = new OpenApiHeader
                {
                    Description = header.Description,
                    Schema = new JsonSchema { Type = JsonObjectType.String },
                };
            }
        }

        return true;
    }
}
