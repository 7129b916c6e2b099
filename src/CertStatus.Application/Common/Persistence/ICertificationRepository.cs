using CertStatus.Domain.Certifications;

namespace CertStatus.Application.Common.Persistence;

/// <summary>
/// Loads and stores <see cref="Certification"/> aggregates for commands. It never saves (the unit
/// of work does) and serves no query: queries read through <see cref="Reading.ICertificationReadStore"/>.
/// </summary>
public interface ICertificationRepository
{
    /// <summary>The certification of a mentor with its renewals, tracked for change, or null.</summary>
    Task<Certification?> FindAsync(string mentorId, CancellationToken cancellationToken);

    /// <summary>The certification that owns the renewal with this number, with its renewals, tracked for change, or null.</summary>
    Task<Certification?> FindByRenewalAsync(long renewalNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a mentor already has a certification: creating one checks first, so that the usual
    /// duplicate is answered without a failed insert. The unique key still decides a race.
    /// </summary>
    Task<bool> ExistsAsync(string mentorId, CancellationToken cancellationToken);

    void Add(Certification certification);

    void Remove(Certification certification);
}
