using CertStatus.Api.ChangeFeed;
using CertStatus.Api.Configuration;
using CertStatus.Application.Common.ChangeFeed;

namespace CertStatus.Api.Setup;

internal static class ChangeFeedSetup
{
    /// <summary>The change feed's retention (<c>ChangeFeed:RetentionDays</c>) and the clean-up that keeps it.</summary>
    public static WebApplicationBuilder AddCertStatusChangeFeed(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ChangeFeedOptions>(ChangeFeedOptions.SectionName);
        builder.Services.AddHostedService<ChangeFeedRetentionService>();
        return builder;
    }
}
