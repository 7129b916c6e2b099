using CertStatus.Application.Common.Paging;
using Mediator;

namespace CertStatus.Application.Renewals.ListRenewals;

/// <summary>
/// A page of renewal records, by number (<see cref="Page"/>) or by a cursor from the page before
/// (<see cref="Cursor"/>); every filter is optional.
/// </summary>
public sealed record ListRenewalsQuery(
    int? Page = null,
    int Limit = ListPaging.DefaultLimit,
    string? MentorId = null,
    string? ProcessedBy = null,
    string? Sort = null,
    string? Cursor = null) : IQuery<ListRenewalsResponse>
{
    /// <summary>The filters and sort a cursor of this list is bound to (an omitted sort is the default one).</summary>
    internal ulong Walk => ListCursor.WalkOf(MentorId, ProcessedBy, Sort ?? "renewal_id");
}
