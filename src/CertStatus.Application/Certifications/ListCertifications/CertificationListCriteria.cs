namespace CertStatus.Application.Certifications.ListCertifications;

/// <summary>
/// Which certifications a list shows, in what order. Expiry filters are instants worked out from
/// the request's moment, so the database compares plain columns and can use its index.
/// </summary>
public sealed record CertificationListCriteria(
    string? CertificationType,
    DateTimeOffset? ExpiresAfter,
    DateTimeOffset? ExpiresAtOrBefore,
    CertificationSortOrder Sort);
