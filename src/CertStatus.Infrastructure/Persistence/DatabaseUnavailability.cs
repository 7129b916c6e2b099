namespace CertStatus.Infrastructure.Persistence;

/// <summary>Why the database cannot serve the service.</summary>
public enum DatabaseUnavailability
{
    /// <summary>It cannot be reached, or cannot take the command right now (<see cref="DatabaseOutage"/>).</summary>
    Unreachable,

    /// <summary>It answers, but lacks migrations this build expects.</summary>
    NotMigrated,
}
