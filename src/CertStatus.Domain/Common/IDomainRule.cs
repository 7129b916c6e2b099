namespace CertStatus.Domain.Common;

/// <summary>
/// One invariant of the domain, whole in one type: whether it holds, its stable code, the value it
/// is about and what to tell whoever broke it.
/// </summary>
public interface IDomainRule
{
    /// <summary>Stable across releases, such as <c>certification.expiry_not_after_issue</c>.</summary>
    string Code { get; }

    /// <summary>
    /// The name the contract gives the value the rule is about (<c>expiry_date</c>), or <c>body</c>
    /// when it is about the request as a whole, so that a caller is pointed at what to correct.
    /// </summary>
    string Field { get; }

    string Message { get; }

    bool IsBroken();
}
