using System.Buffers.Binary;
using CertStatus.Application.Common.Tokens;

namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>
/// A position in the change feed as the opaque token a client keeps (SPEC §6): the position sealed
/// by <see cref="TokenSeal"/>, so that a token this service did not issue, or one tampered with,
/// reads as nothing. The service keeps no state per token.
/// </summary>
public sealed class ChangeTokens
{
    // format, position.
    private const int Length = 1 + 8;

    private readonly TokenSeal _seal;

    public ChangeTokens(TokenSeal seal) => _seal = seal;

    public string Write(long position)
    {
        Span<byte> record = stackalloc byte[Length];
        record[0] = (byte)TokenFormat.ChangeToken;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], position);
        return _seal.Seal(record);
    }

    /// <summary>The position written as <paramref name="text"/>, or null when this service did not issue it.</summary>
    public long? Read(string? text) =>
        _seal.Open(text, TokenFormat.ChangeToken) is { Length: Length } record && BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(1)) is >= 0 and var position
            ? position
            : null;
}
