namespace CertStatus.Application.Common.Idempotency;

/// <summary>What an Idempotency-Key may be: 1–200 printable ASCII characters (space to tilde).</summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 200;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~');
}
