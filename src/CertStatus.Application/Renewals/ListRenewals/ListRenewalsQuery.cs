using CertStatus.Application.Common.Paging;
using Mediator;

namespace CertStatus.Application.Renewals.ListRenewals;

/// <summary>A page of renewal records; every filter is optional.</summary>
public sealed record ListRenewalsQuery(
    int Page = PageRequest.DefaultPage,
    int Limit = PageRequest.DefaultLimit,
    string? MentorId = null,
    string? ProcessedBy = null,
    string? Sort = null) : IQuery<ListRenewalsResponse>;
