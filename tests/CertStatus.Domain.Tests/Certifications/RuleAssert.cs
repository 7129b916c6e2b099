using CertStatus.Domain.Common;

namespace CertStatus.Domain.Tests.Certifications;

/// <summary>Asserts which domain rule an action broke, by the rule's type.</summary>
internal static class RuleAssert
{
    public static TRule Broken<TRule>(Action action)
        where TRule : DomainRule
    {
        var exception = Assert.Catch<DomainRuleViolationException>(action, $"expected rule {typeof(TRule).Name} to be broken");
        Assert.That(exception!.Rule, Is.InstanceOf<TRule>());
        return (TRule)exception.Rule;
    }
}
