using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence.ChangeFeed;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>The production database: the shared model plus what only SQL Server has.</summary>
public sealed class SqlServerCertStatusDbContext(DbContextOptions<SqlServerCertStatusDbContext> options)
    : CertStatusDbContext(options)
{
    /// <summary>Ordinal comparison, so ids are case-sensitive as on SQLite (<c>Mentor-1</c> ≠ <c>mentor-1</c>).</summary>
    public const string BinaryCollation = "Latin1_General_100_BIN2";

    private const string ChangeRowVersion = "RowVersion";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Certification>(certification =>
        {
            certification.Property(c => c.MentorId).UseCollation(BinaryCollation);

            // The server stamps every row change, so even a write from outside the service is
            // caught; the aggregate's Version still names the representation in ETags.
            certification.Property<byte[]>("RowVersion").HasColumnName("row_version").IsRowVersion().IsRequired();
            certification.Property(c => c.Version).IsConcurrencyToken(false);
        });

        modelBuilder.Entity<Renewal>(renewal =>
        {
            renewal.Property(r => r.MentorId).UseCollation(BinaryCollation);
            renewal.Property(r => r.ProcessedBy).UseCollation(BinaryCollation);
        });

        modelBuilder.Entity<IdempotencyRecord>().Property(r => r.Key).UseCollation(BinaryCollation);

        // The change feed's position on SQL Server: IDENTITY values are handed out before commit, so
        // a reader ordering by them could pass one whose transaction commits later; the feed reads
        // rowversions below MIN_ACTIVE_ROWVERSION() instead, which are all committed (docs/adr/0004-change-feed.md).
        modelBuilder.Entity<ChangeRecord>(change =>
        {
            change.Property<byte[]>(ChangeRowVersion).HasColumnName("row_version").IsRowVersion().IsRequired();
            change.HasIndex(ChangeRowVersion).IsUnique().HasDatabaseName("ix_changes_row_version");
        });
    }
}
