using CertStatus.Api.Configuration;
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
        .AddCertStatusChangeFeed()
        .AddCertStatusAuthentication()
        .AddCertStatusLimits()
        .AddCertStatusBrowserSecurity()
        .AddCertStatusHealthChecks()
        .AddCertStatusOpenApi();

    var app = builder.Build();
    app.ValidateCertStatusConfiguration();

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
catch (Exception exception) when (ConfigurationErrors.In(exception) is { Count: > 0 } errors)
{
    // One line per bad key, and no stack trace: it would only bury them.
    foreach (var error in errors)
    {
        Log.Fatal("Configuration error: {ConfigurationError:l}", error);
    }

    Log.Fatal("CertStatus could not start: the configuration is invalid (the lines above say where)");
    return 1;
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
