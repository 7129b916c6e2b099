namespace CertStatus.Application.Common.Exceptions;

/// <summary>The database refused a write because a unique key already exists (a race lost to another insert).</summary>
public sealed class UniqueConstraintViolationException(Exception innerException)
    : Exception("A row with the same key already exists.", innerException);
