using CertStatus.Application;
using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Validation;

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
        builder.Services.Configure<CertificationTypeOptions>(builder.Configuration.GetSection(CertificationTypeOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
