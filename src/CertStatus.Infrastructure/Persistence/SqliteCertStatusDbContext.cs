using CertStatus.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>The embedded database: the shared model plus what only SQLite needs.</summary>
public sealed class SqliteCertStatusDbContext(DbContextOptions<SqliteCertStatusDbContext> options)
    : CertStatusDbContext(options)
{
    /// <summary>
    /// Walks mentor_id order testing the expiry filters inside the index. SQL Server needs none:
    /// its primary key is clustered, so the rows themselves are in that order and hold the expiry.
    /// </summary>
    public const string MentorIdExpiryDateIndex = "ix_certifications_mentor_id_expiry_date";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Certification>().HasIndex(c => new { c.MentorId, c.ExpiryDate }).HasDatabaseName(MentorIdExpiryDateIndex);
    }
}
