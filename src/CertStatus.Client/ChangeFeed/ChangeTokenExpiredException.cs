namespace CertStatus.Client;

/// <summary>
/// The token is older than the changes the service keeps (<c>ChangeFeed:RetentionDays</c>, the
/// service's 410): the changes since it are gone, so the copy must be rebuilt. Take a new token
/// with <see cref="ChangesClientExtensions.GetLatestChangeTokenAsync"/>, read the collections
/// again, and follow the feed from that token.
/// </summary>
public sealed class ChangeTokenExpiredException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ChangeTokenExpiredException()
        : this("The change token is older than the changes the service keeps: resynchronise from a new token.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChangeTokenExpiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the service's answer that caused it.</summary>
    public ChangeTokenExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
