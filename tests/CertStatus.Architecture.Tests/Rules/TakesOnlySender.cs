using Mono.Cecil;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>Every constructor of the type takes nothing but Mediator's <c>ISender</c>.</summary>
internal sealed class TakesOnlySender : ICustomRule
{
    private static string SenderName => typeof(Mediator.ISender).FullName!;

    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Methods
            .Where(method => method.IsConstructor && !method.IsStatic)
            .All(constructor => constructor.Parameters.All(parameter => parameter.ParameterType.FullName == SenderName));
    }
}
