using System.Buffers.Binary;
using System.Text;
using CertStatus.Application.Common.Tokens;

namespace CertStatus.Application.Common.Paging;

/// <summary>
/// Turns a <see cref="ListCursor"/> into the opaque text a client sends back, and back again: a
/// versioned binary record sealed by <see cref="TokenSeal"/>. Text this service did not write, or
/// that was changed by a single bit, reads as nothing.
/// </summary>
public sealed class ListCursors
{
    // format, collection, walk, walk start, page, last date, id length; then the id.
    private const int FixedLength = 1 + 1 + 8 + 8 + 4 + 8 + 1;
    private const int MaxIdLength = byte.MaxValue;

    private readonly TokenSeal _seal;

    public ListCursors(TokenSeal seal) => _seal = seal;

    public string Write(ListCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var id = Encoding.UTF8.GetBytes(cursor.LastId);
        if (id.Length > MaxIdLength)
        {
            throw new ArgumentException("A cursor's id is at most 255 bytes.", nameof(cursor));
        }

        var record = new byte[FixedLength + id.Length];
        record[0] = (byte)TokenFormat.ListCursor;
        record[1] = (byte)cursor.Collection;
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(2), cursor.Walk);
        BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(10), cursor.WalkStartedAt.UtcTicks);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(18), cursor.Page);
        BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(22), cursor.LastDate.UtcTicks);
        record[30] = (byte)id.Length;
        id.CopyTo(record, FixedLength);
        return _seal.Seal(record);
    }

    /// <summary>The cursor written as <paramref name="text"/>, or null when this service did not write it.</summary>
    public ListCursor? Read(string? text)
    {
        if (_seal.Open(text, TokenFormat.ListCursor) is not { Length: >= FixedLength } record
            || record[30] != record.Length - FixedLength
            || !Enum.IsDefined((ListKind)record[1]))
        {
            return null;
        }

        var body = record.AsSpan();
        return new ListCursor(
            (ListKind)body[1],
            BinaryPrimitives.ReadUInt64LittleEndian(body[2..]),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(body[10..]), TimeSpan.Zero),
            BinaryPrimitives.ReadInt32LittleEndian(body[18..]),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(body[22..]), TimeSpan.Zero),
            Encoding.UTF8.GetString(body[FixedLength..]));
    }
}
