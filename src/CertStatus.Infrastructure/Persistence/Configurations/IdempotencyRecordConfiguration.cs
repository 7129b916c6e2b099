using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");

        // The primary key is the claim: of two requests racing with one key, the second insert fails.
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasColumnName("scope").HasMaxLength(IdempotencyRecord.ScopeMaxLength);
        builder.Property(r => r.Key).HasColumnName("idempotency_key").HasMaxLength(IdempotencyRecord.KeyMaxLength);
        builder.Property(r => r.RequestHash)
            .HasColumnName("request_hash")
            .HasMaxLength(IdempotencyRecord.RequestHashLength)
            .IsFixedLength()
            .IsRequired();
        builder.Property(r => r.StatusCode).HasColumnName("status_code");
        builder.Property(r => r.ResponseBody).HasColumnName("response_body");
        builder.Property(r => r.Location).HasColumnName("location").HasMaxLength(IdempotencyRecord.LocationMaxLength);
        builder.Property(r => r.ETag).HasColumnName("etag").HasMaxLength(IdempotencyRecord.ETagMaxLength);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.ExpiresAt).HasColumnName("expires_at");

        // Expired keys are swept by expiry.
        builder.HasIndex(r => r.ExpiresAt).HasDatabaseName("ix_idempotency_keys_expires_at");
    }
}
