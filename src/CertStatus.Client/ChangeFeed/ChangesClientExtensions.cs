using System.Net;
using System.Runtime.CompilerServices;

namespace CertStatus.Client;

/// <summary>
/// Keeping a copy in sync (SPEC §6): <see cref="GetLatestChangeTokenAsync"/> takes the feed's
/// position now, and <see cref="ReadChangesAsync"/> reads every change after a token, page by page,
/// until it has caught up. Extensions of the interface, so that they work on any implementation of
/// it, a test double included.
/// </summary>
public static class ChangesClientExtensions
{
    /// <summary>The largest page the service answers, and the reads' default: the fewest round trips.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The position of the feed now: take it before reading the collections to start a copy.</summary>
    /// <param name="client">The changes client.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<string> GetLatestChangeTokenAsync(this IChangesClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var latest = await client.LatestAsync(cancellationToken).ConfigureAwait(false);
        return latest.Token;
    }

    /// <summary>
    /// Every change after <paramref name="token"/>, a page at a time, oldest first, until the
    /// feed has nothing more; a later call with the last page's <see cref="ChangeFeedPage.NextToken"/>
    /// continues from there. Nothing is requested until enumerated.
    /// </summary>
    /// <param name="client">The changes client.</param>
    /// <param name="token">A token from <see cref="GetLatestChangeTokenAsync"/> or a page's <see cref="ChangeFeedPage.NextToken"/>.</param>
    /// <param name="limit">Changes per page, 1–1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops the read between or during requests.</param>
    /// <exception cref="ChangeTokenExpiredException">The token is older than the changes the service keeps: resynchronise.</exception>
    public static IAsyncEnumerable<ChangeFeedPage> ReadChangesAsync(
        this IChangesClient client,
        string token,
        int limit = MaxPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        return ReadAsync(client, token, limit, cancellationToken);
    }

    private static async IAsyncEnumerable<ChangeFeedPage> ReadAsync(
        IChangesClient client,
        string token,
        int limit,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = token;
        ChangeFeedPage page;
        do
        {
            ListChangesResponse response;
            try
            {
                response = await client.ListAsync(position, limit, cancellationToken).ConfigureAwait(false);
            }
            catch (CertStatusApiException exception) when (exception.StatusCode == (int)HttpStatusCode.Gone)
            {
                throw new ChangeTokenExpiredException(exception.Message, exception);
            }

            page = new ChangeFeedPage([.. response.Data.Select(change => new CertStatusChange(change))], response.NextToken, response.HasMore);
            yield return page;
            position = page.NextToken;
        }
        while (page.HasMore);
    }
}
