using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Telemetry;
using CertStatus.Application.Common.Tokens;
using CertStatus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the application layer's validators. The mediator itself is generated and
    /// registered by the host, which owns the source generator.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        SnakeCaseNames.UseForValidation();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<CertificationTypeOptions>();
        services.AddOptions<ChangeFeedOptions>();
        services.AddSingleton<CertStatusMetrics>();
        // One key for both kinds of token: cursors and change tokens are sealed alike.
        services.AddSingleton<TokenSeal>();
        services.AddSingleton<ListCursors>();
        services.AddSingleton<ChangeTokens>();
        return services;
    }
}
