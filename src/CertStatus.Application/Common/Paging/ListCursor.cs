using System.Security.Cryptography;
using System.Text;

namespace CertStatus.Application.Common.Paging;

/// <summary>The collections a cursor can walk; a cursor of one is refused by the other.</summary>
public enum ListKind : byte
{
    CertificationStatuses = 1,
    CertificationRenewals = 2,
}

/// <summary>
/// Where a walk stands after a page (SPEC §3): which list and which filters and sort it walks
/// (<see cref="Walk"/>, a fingerprint), the instant its time-relative filters were fixed at, the
/// ordinal of the next page, and the sort key of the last item answered (its date and its id).
/// The service keeps none of it: <see cref="ListCursors"/> seals it into the cursor's text.
/// </summary>
public sealed record ListCursor(
    ListKind Collection,
    ulong Walk,
    DateTimeOffset WalkStartedAt,
    int Page,
    DateTimeOffset LastDate,
    string LastId)
{
    /// <summary>
    /// The fingerprint of a walk's filters and sort, written out in a fixed order: a cursor is
    /// honoured only by a request that repeats them.
    /// </summary>
    public static ulong WalkOf(params ReadOnlySpan<object?> filtersAndSort)
    {
        var text = new StringBuilder();
        foreach (var part in filtersAndSort)
        {
            // Length-prefixed, so that no two different lists of values write the same text.
            var value = part is null ? "-" : "+" + Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture);
            text.Append(value.Length).Append(':').Append(value);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return BitConverter.ToUInt64(hash);
    }
}
