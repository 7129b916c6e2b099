using CertStatus.Application.Common.Paging;
using Mediator;

namespace CertStatus.Application.Certifications.ListCertifications;

/// <summary>
/// A page of certification statuses, by number (<see cref="Page"/>) or by a cursor from the page
/// before (<see cref="Cursor"/>); every filter is optional.
/// </summary>
public sealed record ListCertificationsQuery(
    int? Page = null,
    int Limit = ListPaging.DefaultLimit,
    string? CertificationType = null,
    bool? IsExpired = null,
    int? ExpiringWithinDays = null,
    string? Sort = null,
    string? Cursor = null) : IQuery<ListCertificationsResponse>
{
    /// <summary>The filters and sort a cursor of this list is bound to (an omitted sort is the default one).</summary>
    internal ulong Walk => ListCursor.WalkOf(CertificationType, IsExpired, ExpiringWithinDays, Sort ?? "mentor_id");
}
