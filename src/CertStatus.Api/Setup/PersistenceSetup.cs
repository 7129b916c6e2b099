using CertStatus.Api.Configuration;
using CertStatus.Infrastructure;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Setup;

internal static class PersistenceSetup
{
    private const string ConnectionStringKey = $"ConnectionStrings:{DatabaseSettings.ConnectionStringName}";

    /// <summary>The database chosen by <c>Database:Provider</c> and <c>ConnectionStrings:CertStatus</c>.</summary>
    public static WebApplicationBuilder AddCertStatusPersistence(this WebApplicationBuilder builder)
    {
        var database = builder.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, ConnectionStringValidator>();
        if (!Enum.IsDefined(database.Provider))
        {
            // A number that names no provider: the start is refused before any of it is used.
            database.Provider = DatabaseProvider.Sqlite;
        }

        var connectionString = builder.Configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        builder.Services.AddInfrastructure(DatabaseSettings.From(database, connectionString, builder.Environment.ContentRootPath));
        return builder;
    }

    /// <summary>The connection string parses as the chosen provider's and names its database; it is never printed.</summary>
    private sealed class ConnectionStringValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            // With a provider that is not one, the string cannot be judged; the provider's own error says what is wrong.
            var provider = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
            if ((provider is not null && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _)) || !Enum.IsDefined(options.Provider))
            {
                return ValidateOptionsResult.Success;
            }

            var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
            if (DatabaseSettings.ConnectionStringProblem(options.Provider, connectionString) is not { } problem)
            {
                return ValidateOptionsResult.Success;
            }

            var errors = new ConfigurationErrors();
            errors.Add(ConnectionStringKey, ConfigurationErrors.Redacted(connectionString), problem);
            return ValidateOptionsResult.Fail(errors.Lines);
        }
    }
}
