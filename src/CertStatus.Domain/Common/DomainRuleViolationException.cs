namespace CertStatus.Domain.Common;

/// <summary>
/// A rule of the domain was broken. Each rule has its own subclass and a stable <see cref="Code"/>
/// that callers can map to their own vocabulary (an HTTP status, a field name).
/// </summary>
public abstract class DomainRuleViolationException : Exception
{
    protected DomainRuleViolationException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
