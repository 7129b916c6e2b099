using Mono.Cecil;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>
/// Selects the types that declare a Mediator handler interface (<c>ICommandHandler&lt;,&gt;</c>,
/// <c>IQueryHandler&lt;,&gt;</c>, …), or only those of one kind (<c>"IQuery"</c>, <c>"ICommand"</c>).
/// </summary>
internal sealed class ImplementsMediatorHandler(string kind = "") : ICustomRule
{
    private static string MediatorNamespace => typeof(Mediator.ISender).Namespace!;

    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Interfaces.Any(implementation =>
            implementation.InterfaceType.GetElementType() is { } contract
            && contract.Namespace == MediatorNamespace
            && contract.Name.Split('`')[0] is var name
            && name.StartsWith(kind, StringComparison.Ordinal)
            && name.EndsWith("Handler", StringComparison.Ordinal));
    }
}
