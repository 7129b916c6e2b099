using CertStatus.Application.Certifications;
using CertStatus.Application.Renewals;
using CertStatus.Domain.Certifications;

namespace CertStatus.Application.Tests.Support;

/// <summary>What the read side would find in the database for an aggregate built by a test.</summary>
internal static class StoredRows
{
    public static CertificationReadModel AsStoredRow(this Certification certification) => new(
        certification.MentorId,
        certification.CertificationType,
        certification.IssueDate,
        certification.ExpiryDate,
        certification.LastRenewalDate,
        certification.UpdatedReason,
        certification.CreatedAt,
        certification.UpdatedAt,
        certification.Version);

    public static RenewalReadModel AsStoredRow(this Renewal renewal) => new(
        renewal.Number,
        renewal.MentorId,
        renewal.RenewalDate,
        renewal.NewExpiryDate,
        renewal.PreviousExpiryDate,
        renewal.ProcessedBy,
        renewal.Notes,
        renewal.CreatedAt,
        renewal.UpdatedAt,
        renewal.Version);
}
