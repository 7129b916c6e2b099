using System.Security.Cryptography;
using System.Text;
using CertStatus.Api.Configuration;
using CertStatus.Application;
using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Validation;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Setup;

internal static class ApplicationSetup
{
    /// <summary>The mediator (generated here, where the source generator runs), its pipeline, validators and the clock.</summary>
    public static WebApplicationBuilder AddCertStatusApplication(this WebApplicationBuilder builder)
    {
        builder.Services.AddMediator((Mediator.MediatorOptions options) =>
        {
            // Scoped, because handlers use the request's DbContext.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];

            // The pipeline, outermost first: a retry re-runs only the handler, after validation passed.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(MetricsBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(ConcurrencyRetryBehavior<,>),
            ];
        });

        builder.Services.AddApplication();
        builder.AddValidatedOptions<CertificationTypeOptions>(CertificationTypeOptions.SectionName);
        builder.AddValidatedOptions<ListCursorOptions>(ListCursorOptions.SectionName);
        builder.Services.AddOptions<ListCursorOptions>().PostConfigure<DatabaseSettings>((options, database) =>
        {
            if (string.IsNullOrEmpty(options.CursorSigningKey))
            {
                options.CursorSigningKey = CursorKeyOf(database);
            }
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Without a configured key, cursors are sealed with one derived from the connection string:
    /// every replica of one database derives the same one, and it survives restarts.
    /// </summary>
    private static string CursorKeyOf(DatabaseSettings database) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("CertStatus list cursors\n" + database.ConnectionString)));
}
