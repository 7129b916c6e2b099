using System.Reflection;
using System.Text.Json;
using CertStatus.Api.Controllers;
using CertStatus.Api.Json;
using CertStatus.Api.Setup;
using Microsoft.AspNetCore.Mvc;

namespace CertStatus.Api.Tests.Json;

/// <summary>
/// Every body an action reads or writes is serialized by the code generated at build time
/// (<see cref="CertStatusJsonContext"/>), not by reflection: a new action whose types are missing
/// from the context fails here.
/// </summary>
public sealed class GeneratedSerializationTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static IEnumerable<Type> BodyTypes() =>
        typeof(CertificationStatusesController).Assembly.GetTypes()
            .Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract)
            .SelectMany(controller => controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(action => action.GetParameters()
                .Where(parameter => parameter.ParameterType.Namespace == typeof(Contracts.CreateCertificationStatusRequest).Namespace)
                .Select(parameter => parameter.ParameterType)
                .Append(ResponseType(action.ReturnType)))
            .OfType<Type>()
            .Distinct()
            .OrderBy(type => type.Name, StringComparer.Ordinal);

    [TestCaseSource(nameof(BodyTypes))]
    public void BodyType_IsSerializedByGeneratedCode(Type bodyType) =>
        Assert.That(Options.GetTypeInfo(bodyType).OriginatingResolver, Is.SameAs(CertStatusJsonContext.Default));

    [Test]
    public void BodyTypes_AreFound() =>
        Assert.That(BodyTypes().Count(), Is.GreaterThanOrEqualTo(10), "six responses and four request bodies");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        HttpApiSetup.ConfigureJson(options);
        return options;
    }

    // Task<ActionResult<T>> → T
    private static Type? ResponseType(Type returnType)
    {
        var result = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? returnType.GetGenericArguments()[0]
            : returnType;
        return result.IsGenericType && result.GetGenericTypeDefinition() == typeof(ActionResult<>)
            ? result.GetGenericArguments()[0]
            : null;
    }
}
