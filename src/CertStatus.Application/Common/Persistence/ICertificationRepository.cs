using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;

namespace CertStatus.Application.Common.Persistence;

/// <summary>Loads and stores <see cref="Certification"/> aggregates. It never saves: the unit of work does.</summary>
public interface ICertificationRepository
{
    /// <summary>The certification of a mentor with its renewals, tracked for change, or null.</summary>
    Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken);

    /// <summary>
    /// The certification of a mentor without its renewals, read only (not tracked), or null: what a
    /// query needs, at a third of the cost of loading the aggregate (docs/performance.md).
    /// </summary>
    Task<Certification?> FindForReadAsync(string mentorId, CancellationToken cancellationToken);

    /// <summary>The certification that owns the renewal with this number, with its renewals, tracked for change, or null.</summary>
    Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken);

    /// <summary>One renewal, read only, or null.</summary>
    Task<Renewal?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken);

    void Add(Certification certification);

    void Remove(Certification certification);

    /// <summary>One page of the certifications that meet the criteria, filtered, ordered and counted by the database.</summary>
    Task<(IReadOnlyList<Certification> Items, int Total)> ListAsync(
        CertificationListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken);

    /// <summary>One page of the renewals that meet the criteria, filtered, ordered and counted by the database.</summary>
    Task<(IReadOnlyList<Renewal> Items, int Total)> ListRenewalsAsync(
        RenewalListCriteria criteria,
        PageRequest page,
        CancellationToken cancellationToken);
}
