using CertStatus.Application.Common.Idempotency;

namespace CertStatus.Api.Setup;

internal static class IdempotencySetup
{
    /// <summary>
    /// How long Idempotency-Keys are remembered (<c>Idempotency:KeyLifetime</c>, default 24 hours;
    /// <c>Idempotency:InFlightTimeout</c>, default 1 minute). The store itself is the infrastructure's;
    /// the <c>[Idempotent]</c> actions use it.
    /// </summary>
    public static WebApplicationBuilder AddCertStatusIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdempotencyOptions>()
            .BindConfiguration(IdempotencyOptions.SectionName)
            .Validate(options => options.KeyLifetime > TimeSpan.Zero, "Idempotency:KeyLifetime must be positive.")
            .Validate(options => options.InFlightTimeout > TimeSpan.Zero, "Idempotency:InFlightTimeout must be positive.")
            .ValidateOnStart();
        return builder;
    }
}
