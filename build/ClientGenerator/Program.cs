using System.Globalization;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.CodeGeneration;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

// Usage: ClientGenerator <openapi.json> <output.cs>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ClientGenerator <openapi.json> <output.cs>");
    return 2;
}

var document = await OpenApiDocument.FromFileAsync(args[0]);

// NJsonSchema's C# generator types a oneOf as its first member. A member that is one of several
// representations (a change's data: a status or a renewal, as its resource says, or null) is
// generated as object? instead, JSON that the SDK reads by that discriminating member.
foreach (var property in document.Definitions.Values.SelectMany(schema => schema.Properties.Values))
{
    if (property.OneOf.Count(member => member.HasReference) > 1)
    {
        property.OneOf.Clear();
        property.IsNullableRaw = true;
    }
}
var settings = new CSharpClientGeneratorSettings
{
    ClassName = "{controller}Client",
    GenerateClientInterfaces = true,
    OperationNameGenerator = new MultipleClientsFromOperationIdOperationNameGenerator(),
    UseBaseUrl = false,
    InjectHttpClient = true,
    DisposeHttpClient = false,
    ExceptionClass = "CertStatusApiException",
    ParameterDateTimeFormat = "O",
    ParameterNameGenerator = new CamelCaseParameterNameGenerator(),
    GenerateOptionalParameters = true,

    // The calls that return an ETag hand back the response with its headers, so that callers
    // can send If-Match on their next update.
    WrapResponses = true,
    ResponseClass = "CertStatusResponse",
    WrapResponseMethods =
    [
        "CertificationStatusesClient.Get", "CertificationStatusesClient.Create", "CertificationStatusesClient.UpdateExpiry",
        "CertificationRenewalsClient.Get", "CertificationRenewalsClient.Create", "CertificationRenewalsClient.Update",
    ],
    CSharpGeneratorSettings =
    {
        Namespace = "CertStatus.Client",
        JsonLibrary = CSharpJsonLibrary.SystemTextJson,
        DateTimeType = "System.DateTimeOffset",
        DateType = "System.DateTimeOffset",
        ArrayType = "System.Collections.Generic.IReadOnlyList",
        ArrayInstanceType = "System.Collections.Generic.List",
        ArrayBaseType = "System.Collections.Generic.List",
        GenerateNullableReferenceTypes = true,
        GenerateOptionalPropertiesAsNullable = true,
        GenerateDataAnnotations = false,
        ClassStyle = CSharpClassStyle.Poco,
        PropertyNameGenerator = new PascalCasePropertyNameGenerator(),
        TypeNameGenerator = new ClientTypeNameGenerator(),
    },
};

var code = new CSharpClientGenerator(document, settings).GenerateFile();

// NJsonSchema names enum members for System.Text.Json with [EnumMember], which only Newtonsoft.Json
// reads: JsonStringEnumConverter would refuse "certification-status". .NET 9 gave System.Text.Json
// an attribute of its own for the name on the wire.
code = Regex.Replace(
    code,
    @"\[System\.Runtime\.Serialization\.EnumMember\(Value = @""(?<name>[^""]*)""\)\]",
    @"[System.Text.Json.Serialization.JsonStringEnumMemberName(""${name}"")]");
await File.WriteAllTextAsync(args[1], code.ReplaceLineEndings("\n"));
Console.WriteLine($"Wrote {args[1]}");
return 0;

/// <summary>snake_case JSON names become PascalCase C# names: mentor_id → MentorId.</summary>
internal sealed class PascalCasePropertyNameGenerator : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => Names.Pascal(property.Name);
}

/// <summary>Parameter names as C# callers write them: certification_type → certificationType, If-Match → ifMatch.</summary>
internal sealed class CamelCaseParameterNameGenerator : IParameterNameGenerator
{
    public string Generate(OpenApiParameter parameter, IEnumerable<OpenApiParameter> allParameters)
    {
        var pascal = Names.Pascal(parameter.Name);
        return char.ToLower(pascal[0], CultureInfo.InvariantCulture) + pascal[1..];
    }
}

/// <summary>
/// Problem types get the SDK's prefix: plain "ProblemDetails" would clash with ASP.NET Core's in
/// every consumer file that also uses Microsoft.AspNetCore.Mvc.
/// </summary>
internal sealed class ClientTypeNameGenerator : DefaultTypeNameGenerator
{
    protected override string Generate(JsonSchema schema, string? typeNameHint)
    {
        var name = base.Generate(schema, typeNameHint);
        return name.EndsWith("ProblemDetails", StringComparison.Ordinal) ? "CertStatus" + name : name;
    }
}

internal static class Names
{
    public static string Pascal(string name) => string.Concat(
        name.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));
}
