using CertStatus.Application.Common.Paging;

namespace CertStatus.Application.Certifications.ListCertifications;

public sealed record ListCertificationsResponse(IReadOnlyList<CertificationResponse> Data, Pagination Pagination);
