namespace CertStatus.Application.Common.Concurrency;

/// <summary>
/// The caller's If-Match precondition: either any stored version (<c>*</c>) or one of the listed
/// entity tags. A command without one carries <c>null</c> and always proceeds.
/// </summary>
public sealed record IfMatch(bool AnyVersion, IReadOnlyCollection<string> ETags)
{
    public static IfMatch Any { get; } = new(true, []);

    public static IfMatch OneOf(params string[] eTags) => new(false, eTags);

    public bool IsSatisfiedBy(string currentETag) => AnyVersion || ETags.Contains(currentETag, StringComparer.Ordinal);
}
