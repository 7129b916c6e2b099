namespace CertStatus.Api.Tests.Support;

/// <summary>Once the whole run is over, stops what fixtures shared (the SQL Server container).</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public Task StopSharedResourcesAsync() => SqlServerTestDatabase.StopSharedContainerAsync();
}
