using CertStatus.Api.Configuration;
using Microsoft.Extensions.Options;

namespace CertStatus.Api.Setup;

internal static class ConfigurationSetup
{
    /// <summary>
    /// Checks every option registered with <see cref="ValidatedOptions.AddValidatedOptions{TOptions}"/>
    /// now, before the middleware and the migrations use them and so before anything listens; the host
    /// itself would check them only as it starts, after the migrations. A failure throws, and
    /// <see cref="ConfigurationErrors.In"/> reads one line per bad key from what it threw.
    /// </summary>
    public static WebApplication ValidateCertStatusConfiguration(this WebApplication app)
    {
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        return app;
    }
}
