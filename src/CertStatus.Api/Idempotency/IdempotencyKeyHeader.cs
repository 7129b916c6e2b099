using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.Primitives;

namespace CertStatus.Api.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: given once, 1–200 printable ASCII characters (space to tilde).</summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    public const int MaxLength = IdempotentRequest.KeyMaxLength;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>Why the header's values cannot be a key, or null when they are one.</summary>
    public static string? Refusal(StringValues values)
    {
        if (values.Count > 1)
        {
            return $"'{Name}' must be given once.";
        }

        return values.Count == 1 && IsValid(values[0]) ? null : $"'{Name}' must be 1–{MaxLength} printable ASCII characters.";
    }
}
