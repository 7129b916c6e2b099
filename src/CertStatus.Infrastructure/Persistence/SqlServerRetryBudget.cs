namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// How far SQL Server's transient failures are retried, on the write side (EF Core's execution
/// strategy) and when the read side opens a connection alike: few and short enough that every
/// retry fits inside the request time limit (docs/deployment-sqlserver.md).
/// </summary>
internal static class SqlServerRetryBudget
{
    public const int Retries = 3;

    public static TimeSpan MaxDelay { get; } = TimeSpan.FromSeconds(5);
}
