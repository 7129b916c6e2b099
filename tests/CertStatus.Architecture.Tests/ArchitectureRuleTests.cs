using System.Reflection;
using CertStatus.Architecture.Tests.Rules;
using CertStatus.Architecture.Tests.Violations;
using NetArchTest.Rules;

namespace CertStatus.Architecture.Tests;

/// <summary>
/// Every rule is checked three ways: it selects some production types (so it is not vacuous), the
/// production code follows it, and it fails on the types in this project that break it on purpose
/// while passing their compliant controls (so it can fail, and fails for the right reason).
/// </summary>
[TestFixture]
internal sealed class ArchitectureRuleTests
{
    private static IEnumerable<TestCaseData> Rules() =>
        CertStatusRules.All.Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule.Name));

    private static IEnumerable<TestCaseData> DependencyRules() =>
        CertStatusRules.All
            .Where(rule => rule.ForbiddenDependencies.Count > 0)
            .Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule.Name));

    [TestCaseSource(nameof(Rules))]
    public void Rule_SelectsProductionTypes(ArchitectureRule rule)
    {
        Assert.That(
            rule.SelectProductionTypes(),
            Is.Not.Empty,
            $"{rule.Name} selects no type in {rule.Namespace} of {rule.Assembly.GetName().Name}, so it checks nothing.");
    }

    [TestCaseSource(nameof(Rules))]
    public void ProductionCode_FollowsRule(ArchitectureRule rule)
    {
        var result = rule.CheckProduction();

        Assert.That(result.IsSuccessful, Is.True, $"{rule.Name} is broken by: {string.Join(", ", FailingTypeNames(result))}");
    }

    [TestCaseSource(nameof(Rules))]
    public void Rule_FailsOnEachDeliberateViolation_AndPassesItsControls(ArchitectureRule rule)
    {
        var selected = rule.SelectViolationTypes();
        var violators = selected.Where(type => type.GetCustomAttribute<ViolatesAttribute>() is not null).ToList();
        var controls = selected.Except(violators).Where(type => !IsCompilerGenerated(type)).ToList();
        Assert.That(violators, Is.Not.Empty, $"{rule.ViolationsNamespace} holds no type marked [Violates].");
        Assert.That(controls, Is.Not.Empty, $"{rule.ViolationsNamespace} holds no compliant control.");

        var result = rule.CheckViolations();
        var failing = FailingTypeNames(result);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccessful, Is.False, $"{rule.Name} passed types that break it.");
            foreach (var violator in violators)
            {
                Assert.That(failing, Does.Contain(violator.FullName), $"{rule.Name} missed {violator.Name}.");
            }

            foreach (var control in controls)
            {
                Assert.That(failing, Does.Not.Contain(control.FullName), $"{rule.Name} rejected the compliant {control.Name}.");
            }
        });
    }

    [TestCaseSource(nameof(DependencyRules))]
    public void DependencyRule_HasAViolationForEachForbiddenNamespace(ArchitectureRule rule)
    {
        var violated = rule.SelectViolationTypes()
            .Select(type => type.GetCustomAttribute<ViolatesAttribute>()?.What)
            .OfType<string>();

        Assert.That(violated, Is.SupersetOf(rule.ForbiddenDependencies));
    }

    /// <summary>
    /// The failing types by their reflection names, with a compiler-generated nested type (an
    /// async state machine, a closure) counted as a failure of the type that declares it.
    /// </summary>
    private static List<string> FailingTypeNames(TestResult result) =>
        (result.FailingTypeNames ?? []).Select(name => name.Split('/')[0]).Distinct().ToList();

    private static bool IsCompilerGenerated(Type type) =>
        type.IsNested || type.Name.Contains('<', StringComparison.Ordinal);
}
