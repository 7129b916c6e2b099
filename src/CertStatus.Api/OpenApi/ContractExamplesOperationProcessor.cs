using Newtonsoft.Json.Linq;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CertStatus.Api.OpenApi;

/// <summary>
/// Puts the request and response examples of the original contract on their operations, so the
/// document (and the UI) show the same bodies the contract does.
/// </summary>
internal sealed class ContractExamplesOperationProcessor : IOperationProcessor
{
    private const string JsonMediaType = "application/json";

    public bool Process(OperationProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.OperationDescription.Operation;
        if (operation.OperationId is null || !ContractExamples.ByOperationId.TryGetValue(operation.OperationId, out var example))
        {
            return true;
        }

        if (example.Request is not null && operation.RequestBody?.Content.TryGetValue(JsonMediaType, out var requestContent) == true)
        {
            requestContent.Example = JToken.Parse(example.Request);
        }

        if (operation.Responses.TryGetValue(example.Status, out var response)
            && response.Content.TryGetValue(JsonMediaType, out var responseContent))
        {
            responseContent.Example = JToken.Parse(example.Response);
        }

        return true;
    }
}
