namespace CertStatus.Domain.Common;

/// <summary>A rule of the domain was broken; <see cref="Rule"/> says which, and the message is the rule's.</summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(IDomainRule rule)
        : base(rule?.Message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    public IDomainRule Rule { get; }

    public string Code => Rule.Code;

    /// <summary>
    /// Throws for the first broken rule. The rules are checked in the order given, so that a request
    /// breaking several is told about the same one every time.
    /// </summary>
    public static void ThrowIfBroken(params ReadOnlySpan<IDomainRule> rules)
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
