using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.ListRenewals;

namespace CertStatus.Application.Common.Reading;

/// <summary>
/// The read side: what queries read, straight from the database as read models, never through
/// the aggregate or its change tracking. Commands never use it; queries use nothing else.
/// </summary>
public interface ICertificationReadStore
{
    /// <summary>The stored certification of a mentor, or null.</summary>
    Task<CertificationReadModel?> FindCertificationAsync(string mentorId, CancellationToken cancellationToken);

    /// <summary>The renewal with this number, or null.</summary>
    Task<RenewalReadModel?> FindRenewalAsync(long renewalNumber, CancellationToken cancellationToken);

    /// <summary>One window of the certifications that meet the criteria, filtered, ordered and counted by the database.</summary>
    Task<ReadPage<CertificationReadModel>> ListCertificationsAsync(
        CertificationListCriteria criteria,
        ListWindow<CertificationSortKey> window,
        CancellationToken cancellationToken);

    /// <summary>One window of the renewals that meet the criteria, filtered, ordered and counted by the database.</summary>
    Task<ReadPage<RenewalReadModel>> ListRenewalsAsync(
        RenewalListCriteria criteria,
        ListWindow<RenewalSortKey> window,
        CancellationToken cancellationToken);
}
