using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using Mediator;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Changes.ListChanges;

internal sealed class ListChangesQueryHandler(
    IChangeFeedReadStore readStore,
    ChangeTokens tokens,
    TimeProvider clock,
    IOptions<ChangeFeedOptions> options) : IQueryHandler<ListChangesQuery, ListChangesResponse>
{
    public async ValueTask<ListChangesResponse> Handle(ListChangesQuery query, CancellationToken cancellationToken)
    {
        var since = tokens.Read(query.Since) ?? throw new InvalidOperationException("The token was validated.");
        var page = await readStore.ReadChangesAsync(since, query.Limit, cancellationToken);

        // Changes after the token were deleted before (or while) they were read: answering what is
        // left would skip them without a word.
        if (page.PrunedThrough > since)
        {
            throw new ChangeTokenExpiredException(options.Value.RetentionDays);
        }

        var now = clock.GetUtcNow();
        var next = page.Items is [.., var last] ? last.Position : since;
        return new ListChangesResponse([.. page.Items.Select(change => change.ToResponse(now))], tokens.Write(next), page.HasMore);
    }
}
