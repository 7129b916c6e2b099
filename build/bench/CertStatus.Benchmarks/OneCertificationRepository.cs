using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;

namespace CertStatus.Benchmarks;

/// <summary>Answers from memory, so that the benchmark measures the pipeline rather than a database.</summary>
internal sealed class OneCertificationRepository(Certification certification) : ICertificationRepository
{
    private readonly Task<Certification?> _found = Task.FromResult<Certification?>(certification);

    public Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken) => _found;

    public Task<Certification?> FindForReadAsync(string mentorId, CancellationToken cancellationToken) => _found;

    public Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken) => _found;

    public Task<Renewal?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken) => Task.FromResult<Renewal?>(null);

    public Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken) => Task.FromResult(true);

    public void Add(Certification certification)
    {
    }

    public void Remove(Certification certification)
    {
    }

    public Task<(IReadOnlyList<Certification> Items, int Total)> ListAsync(
        CertificationListCriteria criteria, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult<(IReadOnlyList<Certification>, int)>(([certification], 1));

    public Task<(IReadOnlyList<Renewal> Items, int Total)> ListRenewalsAsync(
        RenewalListCriteria criteria, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult<(IReadOnlyList<Renewal>, int)>(([], 0));
}
