using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using Mediator;

namespace CertStatus.Application.Certifications.GetCertification;

internal sealed class GetCertificationQueryHandler(ICertificationReadStore readStore, TimeProvider clock)
    : IQueryHandler<GetCertificationQuery, CertificationResponse>
{
    public async ValueTask<CertificationResponse> Handle(GetCertificationQuery query, CancellationToken cancellationToken)
    {
        var certification = await readStore.FindCertificationAsync(query.MentorId, cancellationToken)
            ?? throw new NotFoundException(CertificationResources.CertificationStatus, query.MentorId);

        return certification.ToResponse(clock.GetUtcNow());
    }
}
