using CertStatus.Domain.Common;

namespace CertStatus.Domain.Tests.Certifications;

/// <summary>Asserts which domain rule an action broke, by the rule's stable code.</summary>
internal static class RuleAssert
{
    public static DomainRuleViolationException Broken(string expectedRuleCode, Action action)
    {
        var exception = Assert.Catch<DomainRuleViolationException>(action, $"expected rule {expectedRuleCode} to be broken");
        Assert.That(exception!.Code, Is.EqualTo(expectedRuleCode));
        return exception;
    }
}
