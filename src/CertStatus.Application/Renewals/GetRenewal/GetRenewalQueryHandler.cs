using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using CertStatus.Domain.Certifications;
using Mediator;

namespace CertStatus.Application.Renewals.GetRenewal;

internal sealed class GetRenewalQueryHandler(ICertificationReadStore readStore)
    : IQueryHandler<GetRenewalQuery, RenewalResponse>
{
    public async ValueTask<RenewalResponse> Handle(GetRenewalQuery query, CancellationToken cancellationToken)
    {
        var renewal = RenewalIds.TryParse(query.RenewalId, out var number)
            ? await readStore.FindRenewalAsync(number, cancellationToken)
            : null;

        return renewal?.ToResponse() ?? throw new NotFoundException(RenewalResources.Renewal, query.RenewalId);
    }
}
