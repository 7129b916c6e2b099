using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;

namespace CertStatus.Application.Renewals;

internal static class RenewalLoading
{
    /// <summary>
    /// Loads the aggregate that owns the renewal named by <paramref name="renewalId"/>, and that
    /// renewal; a non-canonical or unknown id is a <see cref="NotFoundException"/>.
    /// </summary>
    public static async Task<(Certification Certification, Renewal Renewal)> LoadRenewalAsync(
        this ICertificationRepository certifications,
        string renewalId,
        CancellationToken cancellationToken)
    {
        var certification = RenewalIds.TryParse(renewalId, out var number)
            ? await certifications.FindByRenewalAsync(number, cancellationToken)
            : null;
        var renewal = certification?.Renewals.SingleOrDefault(candidate => candidate.Number == number);

        return certification is not null && renewal is not null
            ? (certification, renewal)
            : throw new NotFoundException(RenewalResources.Renewal, renewalId);
    }
}
