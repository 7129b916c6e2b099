namespace CertStatus.Architecture.Tests.Violations;

/// <summary>
/// Marks a type that breaks an architecture rule on purpose, saying how. The rule's self-test
/// expects every marked type among its failures and every unmarked type in the same namespace
/// (the compliant controls) outside them. For a dependency rule, <see cref="What"/> is the
/// forbidden namespace the type refers to, and nothing else it refers to is forbidden.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct, AllowMultiple = false)]
internal sealed class ViolatesAttribute(string what) : Attribute
{
    public string What { get; } = what;
}
