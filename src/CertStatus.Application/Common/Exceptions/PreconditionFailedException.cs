namespace CertStatus.Application.Common.Exceptions;

/// <summary>The caller's If-Match does not name the stored version.</summary>
public sealed class PreconditionFailedException(Guid currentVersion)
    : Exception("The resource has changed since it was read: If-Match does not match its current ETag.")
{
    public Guid CurrentVersion { get; } = currentVersion;
}
