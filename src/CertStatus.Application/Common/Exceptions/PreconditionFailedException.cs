namespace CertStatus.Application.Common.Exceptions;

/// <summary>The caller's If-Match does not name the stored version.</summary>
public sealed class PreconditionFailedException(string currentETag)
    : Exception("The resource has changed since it was read: If-Match does not match its current ETag.")
{
    public string CurrentETag { get; } = currentETag;
}
