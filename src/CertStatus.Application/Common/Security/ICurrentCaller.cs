namespace CertStatus.Application.Common.Security;

/// <summary>Who is making the current request, as far as the service knows.</summary>
public interface ICurrentCaller
{
    /// <summary>
    /// The authenticated caller's identity (the token's <c>sub</c>, else its name), or
    /// <see langword="null"/> when the caller is anonymous — always so while authentication is off.
    /// </summary>
    string? Id { get; }
}
