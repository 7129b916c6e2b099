using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CertStatus.Infrastructure.Persistence.Configurations;

/// <summary>
/// Who created and last changed a row, when callers are authenticated. Shadow properties: they
/// are the database's record for auditors, not part of the domain or of the API's JSON.
/// </summary>
internal static class AuditColumns
{
    public const string CreatedBy = "CreatedBy";
    public const string UpdatedBy = "UpdatedBy";
    public const int MaxLength = 200;

    public static void HasAuditColumns<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        builder.Property<string?>(CreatedBy).HasColumnName("created_by").HasMaxLength(MaxLength);
        builder.Property<string?>(UpdatedBy).HasColumnName("updated_by").HasMaxLength(MaxLength);
    }
}
