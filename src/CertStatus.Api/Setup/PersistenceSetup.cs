using CertStatus.Infrastructure;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Setup;

internal static class PersistenceSetup
{
    /// <summary>The database chosen by <c>Database:Provider</c> and <c>ConnectionStrings:CertStatus</c>.</summary>
    public static WebApplicationBuilder AddCertStatusPersistence(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddInfrastructure(settings);
        return builder;
    }
}
