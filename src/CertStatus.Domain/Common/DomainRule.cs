namespace CertStatus.Domain.Common;

/// <summary>
/// One invariant of the domain, whole in one type: whether it holds, its stable code, the value it
/// is about and what to tell whoever broke it. Code and field are fixed by the type; what it checks
/// and says is its own.
/// </summary>
/// <param name="code">Stable across releases, such as <c>certification.expiry_not_after_issue</c>.</param>
/// <param name="fieldName">
/// The name the contract gives the value the rule is about (<c>expiry_date</c>), or <c>body</c> when
/// it is about the request as a whole, so that a caller is pointed at what to correct.
/// </param>
public abstract class DomainRule(string code, string fieldName)
{
    public string Code => code;

    public string Field => fieldName;

    public abstract string Message { get; }

    public abstract bool IsBroken();
}
