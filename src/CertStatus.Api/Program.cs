using CertStatus.Api.Setup;
using CertStatus.Infrastructure;
using Serilog;

// Until the host's own logger exists, start-up failures are written by this one.
Log.Logger = LoggingSetup.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCertStatusLogging()
        .AddCertStatusTelemetry()
        .AddCertStatusPersistence()
        .AddCertStatusApplication()
        .AddCertStatusHttpApi()
        .AddCertStatusIdempotency()
        .AddCertStatusAuthentication()
        .AddCertStatusLimits()
        .AddCertStatusBrowserSecurity()
        .AddCertStatusHealthChecks()
        .AddCertStatusOpenApi();

    var app = builder.Build();

    // Outermost first: the request log records the status actually sent, errors become problem
    // details before anything else sees them, limits apply once the endpoint is known.
    app.UseCertStatusRequestLogging()
        .UseCertStatusBrowserSecurity()
        .UseCertStatusErrorHandling()
        .UseCertStatusOpenApi()
        .UseCertStatusRouting()
        .UseCertStatusAuthentication()
        .UseCertStatusLimits();

    app.MapCertStatusApi();
    app.MapCertStatusHealthChecks();

    await app.Services.MigrateCertStatusDatabaseAsync();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "CertStatus could not start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
