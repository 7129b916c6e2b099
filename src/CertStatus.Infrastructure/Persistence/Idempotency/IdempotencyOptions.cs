using System.ComponentModel.DataAnnotations;

namespace CertStatus.Infrastructure.Persistence.Idempotency;

/// <summary>How long Idempotency-Keys are remembered (configuration section <c>Idempotency</c>).</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long an answer is replayed for its key; afterwards the key is forgotten and a request with it runs again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "must be a duration from 00:00:01 to 365.00:00:00 (d.hh:mm:ss)")]
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a claim without an answer holds its key. It bounds the lock-out left by a replica
    /// that stopped while handling the request; it must exceed the longest a request takes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "must be a duration from 00:00:01 to 1.00:00:00 (d.hh:mm:ss)")]
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
