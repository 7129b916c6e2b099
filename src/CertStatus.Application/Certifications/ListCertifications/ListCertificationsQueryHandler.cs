using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Certifications.ListCertifications;

internal sealed class ListCertificationsQueryHandler(ICertificationReadStore readStore, ListCursors cursors, TimeProvider clock)
    : IQueryHandler<ListCertificationsQuery, ListCertificationsResponse>
{
    public async ValueTask<ListCertificationsResponse> Handle(ListCertificationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // A walk keeps the bounds of its first request, so the set it walks does not shift under it;
        // the computed fields are still those of now.
        var cursor = query.Cursor is null ? null : cursors.Read(query.Cursor) ?? throw new InvalidOperationException("The cursor was validated.");
        var walkStartedAt = cursor?.WalkStartedAt ?? now;
        var page = cursor?.Page ?? query.Page ?? ListPaging.DefaultPage;
        var window = cursor is null
            ? ListWindow.AtPage<CertificationSortKey>(page, query.Limit)
            : ListWindow.AfterItem(new CertificationSortKey(cursor.LastId, cursor.LastDate), query.Limit);

        var found = await readStore.ListCertificationsAsync(ToCriteria(query, walkStartedAt), window, cancellationToken);

        var nextCursor = found.HasMore && found.Items is [.., var last]
            ? cursors.Write(new ListCursor(ListKind.CertificationStatuses, query.Walk, walkStartedAt, page + 1, last.ExpiryDate, last.MentorId))
            : null;
        return new ListCertificationsResponse(
            [.. found.Items.Select(certification => certification.ToResponse(now))],
            new Pagination(page, query.Limit, found.Total, nextCursor));
    }

    /// <summary>
    /// Turns "expired" and "expiring within N days" into bounds on expiry_date: expired means
    /// expiry ≤ now, so not expired is expiry &gt; now; the two filters intersect.
    /// </summary>
    private static CertificationListCriteria ToCriteria(ListCertificationsQuery query, DateTimeOffset now)
    {
        DateTimeOffset? expiresAfter = null;
        DateTimeOffset? expiresAtOrBefore = null;

        if (query.IsExpired == true)
        {
            expiresAtOrBefore = now;
        }

        if (query.IsExpired == false || query.ExpiringWithinDays is not null)
        {
            expiresAfter = now;
        }

        if (query.ExpiringWithinDays is { } days)
        {
            var horizon = now.AddDays(days);
            expiresAtOrBefore = expiresAtOrBefore is { } bound && bound < horizon ? bound : horizon;
        }

        var sort = query.Sort is null
            ? CertificationSortOrder.MentorId
            : ListCertificationsQueryValidator.SortOrders[query.Sort];

        return new CertificationListCriteria(query.CertificationType, expiresAfter, expiresAtOrBefore, sort);
    }
}
