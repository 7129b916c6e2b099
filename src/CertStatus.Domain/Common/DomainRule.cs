namespace CertStatus.Domain.Common;

/// <summary>A rule whose code and field are fixed by its type; what it checks and says is its own.</summary>
public abstract class DomainRule(string code, string fieldName) : IDomainRule
{
    public string Code => code;

    public string Field => fieldName;

    public abstract string Message { get; }

    public abstract bool IsBroken();
}
