using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Changes.GetLatestChangeToken;

internal sealed class GetLatestChangeTokenQueryHandler(IChangeFeedReadStore readStore, ChangeTokens tokens)
    : IQueryHandler<GetLatestChangeTokenQuery, ChangeTokenResponse>
{
    public async ValueTask<ChangeTokenResponse> Handle(GetLatestChangeTokenQuery query, CancellationToken cancellationToken) =>
        new(tokens.Write(await readStore.ReadLatestPositionAsync(cancellationToken)));
}
