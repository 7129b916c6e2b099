using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

internal sealed class RenewalConfiguration : IEntityTypeConfiguration<Renewal>
{
    public void Configure(EntityTypeBuilder<Renewal> builder)
    {
        builder.ToTable("certification_renewals");

        // The database numbers renewals (AUTOINCREMENT on SQLite, IDENTITY on SQL Server), so a
        // number is never handed out twice, not even after a delete or by another replica.
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).HasColumnName("renewal_number").ValueGeneratedOnAdd();
        builder.Ignore(r => r.RenewalId);

        builder.Property(r => r.MentorId).HasColumnName("mentor_id").HasMaxLength(CertificationRules.IdentifierMaxLength);
        builder.Property(r => r.Sequence).HasColumnName("sequence");
        builder.Property(r => r.RenewalDate).HasColumnName("renewal_date");
        builder.Property(r => r.NewExpiryDate).HasColumnName("new_expiry_date");
        builder.Property(r => r.PreviousExpiryDate).HasColumnName("previous_expiry_date");
        builder.Property(r => r.ProcessedBy)
            .HasColumnName("processed_by")
            .HasMaxLength(CertificationRules.IdentifierMaxLength)
            .IsRequired();
        builder.Property(r => r.Notes).HasColumnName("notes").HasMaxLength(CertificationRules.RenewalNotesMaxLength);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        builder.Property(r => r.Version).HasColumnName("version");
        builder.HasAuditColumns();

        // One per list filter and sort order, so no page sorts its matches; each ends with the
        // number so ties break in index order. With both filters, the mentor's index reads the
        // few renewals of one mentor. (mentor_id, renewal_number) also serves the foreign key. The
        // order of a certification's renewals (sequence) needs no unique index: the
        // certification's concurrency token already serialises every change to them.
        builder.HasIndex(r => new { r.MentorId, r.Number }).HasDatabaseName("ix_certification_renewals_mentor_id_renewal_number");
        builder.HasIndex(r => new { r.MentorId, r.RenewalDate, r.Number })
            .HasDatabaseName("ix_certification_renewals_mentor_id_renewal_date_renewal_number");
        builder.HasIndex(r => new { r.ProcessedBy, r.Number }).HasDatabaseName("ix_certification_renewals_processed_by_renewal_number");
        builder.HasIndex(r => new { r.ProcessedBy, r.RenewalDate, r.Number })
            .HasDatabaseName("ix_certification_renewals_processed_by_renewal_date_renewal_number");
        builder.HasIndex(r => new { r.RenewalDate, r.Number }).HasDatabaseName("ix_certification_renewals_renewal_date_renewal_number");
    }
}
