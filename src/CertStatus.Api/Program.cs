using CertStatus.Api.Setup;
using CertStatus.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddCertStatusLogging()
    .AddCertStatusPersistence()
    .AddCertStatusApplication()
    .AddCertStatusHttpApi()
    .AddCertStatusOpenApi();

var app = builder.Build();

// Request logging sits outside the exception handler so that it records the status actually sent.
app.UseCertStatusRequestLogging()
    .UseCertStatusHttpApi()
    .UseCertStatusOpenApi();

await app.Services.MigrateCertStatusDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
