namespace CertStatus.Application.Common.Exceptions;

/// <summary>Someone else changed or removed the resource between our read and our write.</summary>
public sealed class ConcurrencyConflictException(Exception? innerException = null)
    : Exception("The resource was changed by another request at the same time; read it again and retry.", innerException);
