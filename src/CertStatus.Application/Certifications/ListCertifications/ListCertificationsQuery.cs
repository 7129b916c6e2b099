using CertStatus.Application.Common.Paging;
using Mediator;

namespace CertStatus.Application.Certifications.ListCertifications;

/// <summary>A page of certification statuses; every filter is optional.</summary>
public sealed record ListCertificationsQuery(
    int Page = PageRequest.DefaultPage,
    int Limit = PageRequest.DefaultLimit,
    string? CertificationType = null,
    bool? IsExpired = null,
    int? ExpiringWithinDays = null,
    string? Sort = null) : IQuery<ListCertificationsResponse>;
