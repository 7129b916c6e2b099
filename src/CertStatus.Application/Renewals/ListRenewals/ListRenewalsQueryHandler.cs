using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Renewals.ListRenewals;

internal sealed class ListRenewalsQueryHandler(ICertificationReadStore readStore)
    : IQueryHandler<ListRenewalsQuery, ListRenewalsResponse>
{
    public async ValueTask<ListRenewalsResponse> Handle(ListRenewalsQuery query, CancellationToken cancellationToken)
    {
        var sort = query.Sort is null ? RenewalSortOrder.RenewalId : ListRenewalsQueryValidator.SortOrders[query.Sort];
        var criteria = new RenewalListCriteria(query.MentorId, query.ProcessedBy, sort);

        var found = await readStore.ListRenewalsAsync(criteria, new PageRequest(query.Page, query.Limit), cancellationToken);

        return new ListRenewalsResponse(
            [.. found.Items.Select(renewal => renewal.ToResponse())],
            new Pagination(query.Page, query.Limit, found.Total));
    }
}
