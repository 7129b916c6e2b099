using CertStatus.Api.Configuration;
using CertStatus.Infrastructure.Persistence.Idempotency;

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
        builder.AddValidatedOptions<IdempotencyOptions>(IdempotencyOptions.SectionName);

        // A claim outlives the longest a request may run: were it to expire first, a retry would
        // claim the key again and run the request beside the first.
        builder.AddValidatedRule<IdempotencyOptions, RequestTimeLimitOptions>(
            IdempotencyOptions.SectionName,
            nameof(IdempotencyOptions.InFlightTimeout),
            (idempotency, timeLimit) => idempotency.InFlightTimeout > TimeSpan.FromSeconds(timeLimit.Seconds)
                ? null
                : $"must be longer than RequestTimeouts:Seconds ({timeLimit.Seconds} s), or a retry could run a request that is still running");
        return builder;
    }
}
