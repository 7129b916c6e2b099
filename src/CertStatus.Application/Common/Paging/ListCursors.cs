using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Common.Paging;

/// <summary>
/// Turns a <see cref="ListCursor"/> into the opaque text a client sends back, and back again. The
/// text is base64url of a versioned binary record followed by its HMAC-SHA256 (first 16 bytes),
/// keyed from configuration so that every replica reads every other's cursors. Text this service
/// did not write, or that was changed by a single bit, reads as nothing.
/// </summary>
public sealed class ListCursors
{
    private const byte FormatVersion = 1;
    private const int MacLength = 16;

    // version, collection, walk, walk start, page, last date, id length; then the id and the MAC.
    private const int FixedLength = 1 + 1 + 8 + 8 + 4 + 8 + 1;
    private const int MaxIdLength = byte.MaxValue;

    private readonly byte[] _key;

    public ListCursors(IOptions<ListCursorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Value.CursorSigningKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"{ListCursorOptions.SectionName}:{nameof(ListCursorOptions.CursorSigningKey)} is not set.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    public string Write(ListCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var id = Encoding.UTF8.GetBytes(cursor.LastId);
        if (id.Length > MaxIdLength)
        {
            throw new ArgumentException("A cursor's id is at most 255 bytes.", nameof(cursor));
        }

        var record = new byte[FixedLength + id.Length + MacLength];
        var body = record.AsSpan(0, FixedLength + id.Length);
        body[0] = FormatVersion;
        body[1] = (byte)cursor.Collection;
        BinaryPrimitives.WriteUInt64LittleEndian(body[2..], cursor.Walk);
        BinaryPrimitives.WriteInt64LittleEndian(body[10..], cursor.WalkStartedAt.UtcTicks);
        BinaryPrimitives.WriteInt32LittleEndian(body[18..], cursor.Page);
        BinaryPrimitives.WriteInt64LittleEndian(body[22..], cursor.LastDate.UtcTicks);
        body[30] = (byte)id.Length;
        id.CopyTo(body[FixedLength..]);
        Seal(body, record.AsSpan(body.Length));
        return Base64Url.EncodeToString(record);
    }

    /// <summary>The cursor written as <paramref name="text"/>, or null when this service did not write it.</summary>
    public ListCursor? Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1024 || !Base64Url.IsValid(text, out var length) || length < FixedLength + MacLength)
        {
            return null;
        }

        var record = Base64Url.DecodeFromChars(text);
        var body = record.AsSpan(0, record.Length - MacLength);
        Span<byte> mac = stackalloc byte[MacLength];
        Seal(body, mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, record.AsSpan(body.Length))
            || body[0] != FormatVersion
            || body[30] != body.Length - FixedLength
            || !Enum.IsDefined((ListKind)body[1]))
        {
            return null;
        }

        return new ListCursor(
            (ListKind)body[1],
            BinaryPrimitives.ReadUInt64LittleEndian(body[2..]),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(body[10..]), TimeSpan.Zero),
            BinaryPrimitives.ReadInt32LittleEndian(body[18..]),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(body[22..]), TimeSpan.Zero),
            Encoding.UTF8.GetString(body[FixedLength..]));
    }

    private void Seal(ReadOnlySpan<byte> body, Span<byte> mac)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, body, full);
        full[..MacLength].CopyTo(mac);
    }
}
