using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Certifications.ListCertifications;

internal sealed class ListCertificationsQueryHandler(ICertificationReadStore readStore, TimeProvider clock)
    : IQueryHandler<ListCertificationsQuery, ListCertificationsResponse>
{
    public async ValueTask<ListCertificationsResponse> Handle(ListCertificationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var criteria = ToCriteria(query, now);
        var page = new PageRequest(query.Page, query.Limit);

        var found = await readStore.ListCertificationsAsync(criteria, page, cancellationToken);

        return new ListCertificationsResponse(
            [.. found.Items.Select(certification => certification.ToResponse(now))],
            new Pagination(query.Page, query.Limit, found.Total));
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
