using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.ListRenewals;

namespace CertStatus.Benchmarks;

/// <summary>Answers from memory, so that the benchmark measures the pipeline rather than a database.</summary>
internal sealed class OneCertificationReadStore(CertificationReadModel certification) : ICertificationReadStore
{
    private readonly Task<CertificationReadModel?> _found = Task.FromResult<CertificationReadModel?>(certification);

    public Task<CertificationReadModel?> FindCertificationAsync(string mentorId, CancellationToken cancellationToken) => _found;

    public Task<RenewalReadModel?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) =>
        Task.FromResult<RenewalReadModel?>(null);

    public Task<ReadPage<CertificationReadModel>> ListCertificationsAsync(
        CertificationListCriteria criteria, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(new ReadPage<CertificationReadModel>([certification], 1));

    public Task<ReadPage<RenewalReadModel>> ListRenewalsAsync(
        RenewalListCriteria criteria, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(new ReadPage<RenewalReadModel>([], 0));
}
