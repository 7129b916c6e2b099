using Mono.Cecil;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>
/// Every type but the two that may read configuration themselves: the validated-options binding
/// (<c>Configuration</c> namespace) and the logging setup, where Serilog reads its own section.
/// </summary>
internal sealed class OutsideTheConfigurationReaders(string configurationNamespace, string loggingSetup) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var outermost = type;
        while (outermost.DeclaringType is not null)
        {
            outermost = outermost.DeclaringType;
        }

        return outermost.Namespace != configurationNamespace
            && !outermost.Namespace.StartsWith(configurationNamespace + ".", StringComparison.Ordinal)
            && outermost.FullName != loggingSetup;
    }
}
