using Mono.Cecil;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>No property of the type can be set from outside it (an <c>init</c> accessor counts as a setter).</summary>
internal sealed class HasNoPublicSetters : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Properties.All(property => property.SetMethod is null || !property.SetMethod.IsPublic);
    }
}
