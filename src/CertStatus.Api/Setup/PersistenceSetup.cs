using CertStatus.Api.Configuration;
using CertStatus.Infrastructure;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Setup;

internal static class PersistenceSetup
{
    /// <summary>The database chosen by <c>Database:Provider</c> and <c>ConnectionStrings:CertStatus</c>.</summary>
    public static WebApplicationBuilder AddCertStatusPersistence(this WebApplicationBuilder builder)
    {
        var database = builder.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        var connectionStrings = builder.AddValidatedOptions<ConnectionStringOptions>(ConnectionStringOptions.SectionName);

        // The connection string parses as the chosen provider's and names its database.
        builder.AddValidatedRule<ConnectionStringOptions, DatabaseOptions>(
            ConnectionStringOptions.SectionName,
            nameof(ConnectionStringOptions.CertStatus),
            (connection, chosen) => DatabaseSettings.ConnectionStringProblem(chosen.Provider, connection.CertStatus));
        if (!Enum.IsDefined(database.Provider))
        {
            // A number that names no provider: the start is refused before any of it is used.
            database.Provider = DatabaseProvider.Sqlite;
        }

        builder.Services.AddInfrastructure(DatabaseSettings.From(database, connectionStrings.CertStatus, builder.Environment.ContentRootPath));
        return builder;
    }
}
