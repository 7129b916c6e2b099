namespace CertStatus.Infrastructure.Persistence;

/// <summary>The databases the service can run on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
