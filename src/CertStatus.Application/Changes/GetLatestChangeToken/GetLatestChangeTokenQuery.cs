using Mediator;

namespace CertStatus.Application.Changes.GetLatestChangeToken;

/// <summary>The position of the change feed now, as a token to follow it from.</summary>
public sealed record GetLatestChangeTokenQuery : IQuery<ChangeTokenResponse>;
