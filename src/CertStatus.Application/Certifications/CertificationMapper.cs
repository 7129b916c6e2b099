using CertStatus.Domain.Certifications;
using Riok.Mapperly.Abstractions;

namespace CertStatus.Application.Certifications;

[Mapper]
internal static partial class CertificationMapper
{
    /// <summary>The representation as it reads at <paramref name="now"/>; the computed fields come from the aggregate.</summary>
    public static CertificationResponse ToResponse(this Certification certification, DateTimeOffset now) =>
        certification.MapToResponse(certification.IsExpiredAt(now), certification.DaysUntilExpiryAt(now));

    /// <summary>The representation of a stored row as it reads at <paramref name="now"/>, computed by the same domain rule.</summary>
    public static CertificationResponse ToResponse(this CertificationReadModel certification, DateTimeOffset now) =>
        certification.MapToResponse(
            Certification.HasExpired(certification.ExpiryDate, now),
            Certification.DaysUntilExpiry(certification.ExpiryDate, now));

    [MapperIgnoreSource(nameof(Certification.Renewals))]
    private static partial CertificationResponse MapToResponse(this Certification certification, bool isExpired, int daysUntilExpiry);

    private static partial CertificationResponse MapToResponse(this CertificationReadModel certification, bool isExpired, int daysUntilExpiry);
}
