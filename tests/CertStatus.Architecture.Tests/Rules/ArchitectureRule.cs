using System.Reflection;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests.Rules;

/// <summary>
/// One architecture rule and the code it is about. The rule is built once and applied to two
/// places: the production namespace it guards, and a namespace of this project holding types that
/// break it on purpose. A rule that cannot fail on the second is checking nothing on the first.
/// </summary>
internal sealed class ArchitectureRule
{
    private readonly Func<PredicateList, PredicateList> _narrow;
    private readonly Func<PredicateList, ConditionList> _require;

    private ArchitectureRule(
        string name,
        Assembly assembly,
        string @namespace,
        Func<PredicateList, PredicateList> narrow,
        Func<PredicateList, ConditionList> require,
        IReadOnlyList<string> forbiddenDependencies)
    {
        Name = name;
        Assembly = assembly;
        Namespace = @namespace;
        _narrow = narrow;
        _require = require;
        ForbiddenDependencies = forbiddenDependencies;
    }

    public string Name { get; }

    /// <summary>The production assembly the rule guards.</summary>
    public Assembly Assembly { get; }

    /// <summary>The production namespace (and those below it) the rule guards.</summary>
    public string Namespace { get; }

    /// <summary>Where this project keeps the types that break the rule on purpose.</summary>
    public string ViolationsNamespace => $"{typeof(ArchitectureRule).Namespace![..^".Rules".Length]}.Violations.{Name}";

    /// <summary>For a dependency rule, every namespace it forbids; each needs a violation of its own.</summary>
    public IReadOnlyList<string> ForbiddenDependencies { get; }

    /// <summary>The types of <paramref name="namespace"/> must not refer to any of <paramref name="forbidden"/>.</summary>
    public static ArchitectureRule MustNotDependOn(string name, Assembly assembly, string @namespace, params string[] forbidden) =>
        new(name, assembly, @namespace, types => types, types => types.ShouldNot().HaveDependencyOnAny(forbidden), forbidden);

    /// <summary>The types of <paramref name="namespace"/> that <paramref name="narrow"/> keeps must meet <paramref name="require"/>.</summary>
    public static ArchitectureRule Must(
        string name,
        Assembly assembly,
        string @namespace,
        Func<PredicateList, PredicateList> narrow,
        Func<PredicateList, ConditionList> require) =>
        new(name, assembly, @namespace, narrow, require, []);

    public IReadOnlyList<Type> SelectProductionTypes() => Select(Assembly, Namespace).GetTypes().ToList();

    public TestResult CheckProduction() => _require(Select(Assembly, Namespace)).GetResult();

    public IReadOnlyList<Type> SelectViolationTypes() => Select(Layers.Violations, ViolationsNamespace).GetTypes().ToList();

    public TestResult CheckViolations() => _require(Select(Layers.Violations, ViolationsNamespace)).GetResult();

    public override string ToString() => Name;

    private PredicateList Select(Assembly assembly, string @namespace) =>
        _narrow(Types.InAssembly(assembly).That().ResideInNamespace(@namespace));
}
