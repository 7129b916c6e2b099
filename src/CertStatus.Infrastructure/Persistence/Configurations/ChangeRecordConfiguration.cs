using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("changes");

        // The database numbers changes (AUTOINCREMENT on SQLite: never reused, not even after the
        // clean-up deletes the highest; IDENTITY on SQL Server). On SQLite this is the feed's
        // position; SQL Server reads by a rowversion (SqlServerCertStatusDbContext, docs/adr/0004-change-feed.md).
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
        builder.Property(c => c.Resource).HasColumnName("resource").HasMaxLength(ChangeRecord.ResourceMaxLength).IsRequired();
        builder.Property(c => c.ResourceId)
            .HasColumnName("resource_id")
            .HasMaxLength(CertificationRules.IdentifierMaxLength)
            .IsRequired();
        builder.Property(c => c.Operation).HasColumnName("operation").HasMaxLength(ChangeRecord.OperationMaxLength).IsRequired();
        builder.Property(c => c.ChangedAt).HasColumnName("changed_at");
        builder.Property(c => c.Data).HasColumnName("data");
    }
}
