namespace CertStatus.Domain.Common;

/// <summary>A rule of the domain was broken; <see cref="Rule"/> says which, and the message is the rule's.</summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(DomainRule rule)
        : base(rule?.Message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    public DomainRule Rule { get; }

    /// <summary>
    /// Throws for the first broken rule. The rules are checked in the order given, so that a request
    /// breaking several is told about the same one every time.
    /// </summary>
    public static void ThrowIfBroken(params ReadOnlySpan<DomainRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.IsBroken())
            {
                throw new DomainRuleViolationException(rule);
            }
        }
    }
}
