using System.Globalization;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Renewals.ListRenewals;

internal sealed class ListRenewalsQueryHandler(ICertificationReadStore readStore, ListCursors cursors)
    : IQueryHandler<ListRenewalsQuery, ListRenewalsResponse>
{
    public async ValueTask<ListRenewalsResponse> Handle(ListRenewalsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort is null ? RenewalSortOrder.RenewalId : ListRenewalsQueryValidator.SortOrders[query.Sort];
        var criteria = new RenewalListCriteria(query.MentorId, query.ProcessedBy, sort);

        var cursor = query.Cursor is null ? null : cursors.Read(query.Cursor) ?? throw new InvalidOperationException("The cursor was validated.");
        var walkStartedAt = cursor?.WalkStartedAt ?? DateTimeOffset.UnixEpoch;
        var page = cursor?.Page ?? query.Page ?? ListPaging.DefaultPage;
        var window = cursor is null
            ? ListWindow.AtPage<RenewalSortKey>(page, query.Limit)
            : ListWindow.AfterItem(
                new RenewalSortKey(long.Parse(cursor.LastId, NumberStyles.None, CultureInfo.InvariantCulture), cursor.LastDate),
                query.Limit);

        var found = await readStore.ListRenewalsAsync(criteria, window, cancellationToken);

        // Renewal filters do not depend on time, so the walk's start instant is not needed.
        var nextCursor = found.HasMore && found.Items is [.., var last]
            ? cursors.Write(new ListCursor(
                ListKind.CertificationRenewals,
                query.Walk,
                walkStartedAt,
                page + 1,
                last.RenewalDate,
                last.Number.ToString(CultureInfo.InvariantCulture)))
            : null;
        return new ListRenewalsResponse(
            [.. found.Items.Select(renewal => renewal.ToResponse())],
            new Pagination(page, query.Limit, found.Total, nextCursor));
    }
}
