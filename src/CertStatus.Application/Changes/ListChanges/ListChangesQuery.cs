using CertStatus.Application.Common.ChangeFeed;
using Mediator;

namespace CertStatus.Application.Changes.ListChanges;

/// <summary>Up to <see cref="Limit"/> changes after the position <see cref="Since"/> names, oldest first.</summary>
public sealed record ListChangesQuery(string? Since, int Limit = ChangeFeedPaging.DefaultLimit) : IQuery<ListChangesResponse>;
