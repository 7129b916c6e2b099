namespace CertStatus.Application.Common.Behaviors;

/// <summary>
/// Marks a command that may safely run again from the start when it loses a race to another
/// write: it re-reads the aggregate and re-applies its rules (and its If-Match) to the new state,
/// exactly as if it had arrived a moment later.
/// </summary>
public interface IRetryOnConcurrencyConflict;
