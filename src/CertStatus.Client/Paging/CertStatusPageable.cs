using System.Runtime.CompilerServices;

namespace CertStatus.Client;

/// <summary>
/// A whole list, walked page by page with the service's cursors (the shape of the Azure SDK's
/// <c>AsyncPageable&lt;T&gt;</c>): <c>await foreach</c> over it yields every item, and
/// <see cref="AsPages(string?, int?)"/> yields the pages with the token to resume from. Each
/// item that exists for the whole walk comes exactly once, whatever others write meanwhile, and
/// every page costs the service the same at any depth. Nothing is requested until enumerated;
/// enumerating again walks again from the start.
/// </summary>
public sealed class CertStatusPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, int, CancellationToken, Task<CertStatusPage<T>>> _readPage;
    private readonly int _limit;
    private readonly CancellationToken _cancellationToken;

    internal CertStatusPageable(Func<string?, int, CancellationToken, Task<CertStatusPage<T>>> readPage, int limit, CancellationToken cancellationToken)
    {
        _readPage = readPage;
        _limit = limit;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The pages of the walk, starting at the first, or right after the page whose
    /// <see cref="CertStatusPage{T}.ContinuationToken"/> is <paramref name="continuationToken"/>.
    /// </summary>
    /// <param name="continuationToken">A token from an earlier page of a walk with the same filters and sort, or null to start.</param>
    /// <param name="pageSizeHint">Items per page, 1–100; by default the limit the walk was created with.</param>
    public IAsyncEnumerable<CertStatusPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        return WalkAsync(continuationToken, pageSizeHint is { } size ? CertStatusPageable.ValidPageSize(size) : _limit, _cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in WalkAsync(null, _limit, _cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }

    // Enumerating with WithCancellation(token) links that token with the one the walk was created with.
    private async IAsyncEnumerable<CertStatusPage<T>> WalkAsync(
        string? continuationToken,
        int limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = continuationToken;
        do
        {
            var page = await _readPage(cursor, limit, cancellationToken).ConfigureAwait(false);
            yield return page;
            cursor = page.ContinuationToken;
        }
        while (cursor is not null);
    }
}

/// <summary>What every <see cref="CertStatusPageable{T}"/> shares.</summary>
public static class CertStatusPageable
{
    /// <summary>The largest page the service answers, and the walks' default: the fewest round trips.</summary>
    public const int MaxPageSize = 100;

    internal static int ValidPageSize(int size, [CallerArgumentExpression(nameof(size))] string? name = null) =>
        size is >= 1 and <= MaxPageSize ? size : throw new ArgumentOutOfRangeException(name, size, $"Pages hold 1–{MaxPageSize} items.");

    internal static CertStatusPage<T> PageOf<T>(IReadOnlyList<T> items, Pagination pagination) =>
        new(items, pagination.NextCursor, pagination.Page, pagination.Total);
}
