using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("certifications");
        builder.HasKey(c => c.MentorId);

        builder.Property(c => c.MentorId).HasColumnName("mentor_id").HasMaxLength(CertificationRules.IdentifierMaxLength);
        builder.Property(c => c.CertificationType)
            .HasColumnName("certification_type")
            .HasMaxLength(CertificationRules.CertificationTypeMaxLength)
            .IsRequired();
        builder.Property(c => c.IssueDate).HasColumnName("issue_date");
        builder.Property(c => c.ExpiryDate).HasColumnName("expiry_date");
        builder.Property(c => c.LastRenewalDate).HasColumnName("last_renewal_date");
        builder.Property(c => c.UpdatedReason).HasColumnName("updated_reason").HasMaxLength(CertificationRules.UpdatedReasonMaxLength);
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
        builder.HasAuditColumns();

        // Renewals belong to the certification: deleting it deletes them in the same transaction.
        builder.HasMany(c => c.Renewals)
            .WithOne()
            .HasForeignKey(r => r.MentorId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Renewals).HasField("_renewals").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Every list filter with every sort order reads one of these in its order, so no page sorts
        // its matches (mentor_id breaks ties). The expiry filters are ranges: in mentor_id order
        // they are tested inside the index; in expiry order they bound it. Walking mentor_id order
        // with no type filter reads the primary key on SQL Server (clustered, so the expiry is in
        // it) and an index of SQLite's own (SqliteCertStatusDbContext).
        builder.HasIndex(c => new { c.ExpiryDate, c.MentorId }).HasDatabaseName("ix_certifications_expiry_date_mentor_id");
        builder.HasIndex(c => new { c.CertificationType, c.MentorId, c.ExpiryDate })
            .HasDatabaseName("ix_certifications_certification_type_mentor_id_expiry_date");
        builder.HasIndex(c => new { c.CertificationType, c.ExpiryDate, c.MentorId })
            .HasDatabaseName("ix_certifications_certification_type_expiry_date_mentor_id");
    }
}
