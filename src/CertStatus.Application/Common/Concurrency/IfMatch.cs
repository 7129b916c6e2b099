namespace CertStatus.Application.Common.Concurrency;

/// <summary>
/// The caller's If-Match precondition, in stored versions: either any version (<c>*</c>) or one of
/// those listed. A command without one carries <c>null</c> and always proceeds. How a version is
/// spelled on the wire is the Api's concern alone.
/// </summary>
public sealed record IfMatch(bool AnyVersion, IReadOnlyCollection<Guid> Versions)
{
    public static IfMatch Any { get; } = new(true, []);

    public static IfMatch OneOf(params Guid[] versions) => new(false, versions);

    public bool IsSatisfiedBy(Guid currentVersion) => AnyVersion || Versions.Contains(currentVersion);
}
