namespace CertStatus.Application.Certifications.ListCertifications;

public enum CertificationSortOrder
{
    MentorId,
    ExpiryDate,
    ExpiryDateDescending,
}
