using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CertStatus.Application.Common.Paging;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Common.Tokens;

/// <summary>
/// Turns a short binary record into the opaque text a client sends back, and back again: base64url
/// of the record followed by its HMAC-SHA256 (first 16 bytes), keyed from configuration
/// (<c>Paging:CursorSigningKey</c>) so that every replica reads every other's tokens. The record's
/// first byte is its <see cref="TokenFormat"/>. Text this service did not write, that was changed by
/// a single bit, or that is of another format, opens as nothing.
/// </summary>
public sealed class TokenSeal
{
    private const int MacLength = 16;
    private const int MaxTextLength = 1024;

    private readonly byte[] _key;

    public TokenSeal(IOptions<ListCursorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Value.CursorSigningKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"{ListCursorOptions.SectionName}:{nameof(ListCursorOptions.CursorSigningKey)} is not set.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The text of <paramref name="record"/>, whose first byte is its format.</summary>
    public string Seal(ReadOnlySpan<byte> record)
    {
        if (record.IsEmpty || !Enum.IsDefined((TokenFormat)record[0]))
        {
            throw new ArgumentException("A record starts with its format.", nameof(record));
        }

        var sealedRecord = new byte[record.Length + MacLength];
        record.CopyTo(sealedRecord);
        Mac(record, sealedRecord.AsSpan(record.Length));
        return Base64Url.EncodeToString(sealedRecord);
    }

    /// <summary>The record sealed as <paramref name="text"/> if it is of <paramref name="format"/>; null when this service did not seal it.</summary>
    public byte[]? Open(string? text, TokenFormat format)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength || !Base64Url.IsValid(text, out var length) || length <= MacLength)
        {
            return null;
        }

        var sealedRecord = Base64Url.DecodeFromChars(text);
        var record = sealedRecord.AsSpan(0, sealedRecord.Length - MacLength);
        Span<byte> mac = stackalloc byte[MacLength];
        Mac(record, mac);
        return CryptographicOperations.FixedTimeEquals(mac, sealedRecord.AsSpan(record.Length)) && record[0] == (byte)format
            ? record.ToArray()
            : null;
    }

    private void Mac(ReadOnlySpan<byte> record, Span<byte> mac)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, record, full);
        full[..MacLength].CopyTo(mac);
    }
}
