using System.Globalization;
using CertStatus.Api.Configuration;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.Options;

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
        builder.Services.AddSingleton<IValidateOptions<IdempotencyOptions>, InFlightTimeoutValidator>();
        return builder;
    }

    /// <summary>
    /// A claim outlives the longest a request may run (<c>RequestTimeouts:Seconds</c>): were it to
    /// expire first, a retry would claim the key again and run the request beside the first.
    /// </summary>
    private sealed class InFlightTimeoutValidator(IConfiguration configuration, IOptions<RequestTimeLimitOptions> timeLimit) : IValidateOptions<IdempotencyOptions>
    {
        private const string Key = $"{IdempotencyOptions.SectionName}:{nameof(IdempotencyOptions.InFlightTimeout)}";

        public ValidateOptionsResult Validate(string? name, IdempotencyOptions options)
        {
            int seconds;
            try
            {
                seconds = timeLimit.Value.Seconds;
            }
            catch (OptionsValidationException)
            {
                // The time limit's own lines say what is wrong with it.
                return ValidateOptionsResult.Skip;
            }

            if (options.InFlightTimeout > TimeSpan.FromSeconds(seconds))
            {
                return ValidateOptionsResult.Success;
            }

            var errors = new ConfigurationErrors();
            errors.Add(
                Key,
                ConfigurationErrors.Quote(configuration[Key] ?? options.InFlightTimeout.ToString("c", CultureInfo.InvariantCulture)),
                $"must be longer than RequestTimeouts:Seconds ({seconds} s), or a retry could run a request that is still running");
            return ValidateOptionsResult.Fail(errors.Lines);
        }
    }
}
