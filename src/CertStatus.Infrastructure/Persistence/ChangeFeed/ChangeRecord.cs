namespace CertStatus.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// One row of the change feed's outbox (<c>changes</c>): a write to one resource, with the resource's
/// stored fields as that write left them (JSON, null for a delete). It is in the EF Core model for
/// the migrations and the schema checks only: rows are appended by <see cref="ChangeOutbox"/>
/// inside the unit of work's transaction, read by the feed's read store and pruned by
/// <see cref="ChangeFeedRetention"/>, all with SQL of their own (<see cref="ChangeFeedStatements"/>).
/// </summary>
internal sealed class ChangeRecord
{
    public const int ResourceMaxLength = 32;
    public const int OperationMaxLength = 8;

    /// <summary>For EF Core, which never materialises one.</summary>
    private ChangeRecord()
    {
        Resource = null!;
        ResourceId = null!;
        Operation = null!;
    }

    /// <summary>Given by the database on insert: AUTOINCREMENT on SQLite, IDENTITY on SQL Server.</summary>
    public long Sequence { get; private set; }

    public string Resource { get; private set; }

    public string ResourceId { get; private set; }

    public string Operation { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? Data { get; private set; }
}
