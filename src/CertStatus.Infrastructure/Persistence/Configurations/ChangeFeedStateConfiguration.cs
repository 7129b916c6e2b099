using CertStatus.Infrastructure.Persistence.ChangeFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

internal sealed class ChangeFeedStateConfiguration : IEntityTypeConfiguration<ChangeFeedState>
{
    public void Configure(EntityTypeBuilder<ChangeFeedState> builder)
    {
        builder.ToTable("change_feed_state");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.PrunedThrough).HasColumnName("pruned_through");

        // The one row is inserted by the migration that creates the table (AddChangeFeed), so the
        // clean-up only ever updates it and every read finds it.
    }
}
