using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

/// <summary>
/// The model shared by every provider. Each provider has a subclass of its own so that its
/// migrations live apart (<c>Migrations/&lt;Provider&gt;</c>).
/// </summary>
public abstract class CertStatusDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<Renewal> Renewals => Set<Renewal>();

    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertStatusDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Instants are stored as UTC date-times, a type every provider can compare, order and
        // index (SQLite cannot do so with DateTimeOffset).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
    }
}
