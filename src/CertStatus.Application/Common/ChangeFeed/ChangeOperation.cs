namespace CertStatus.Application.Common.ChangeFeed;

/// <summary>What a change did to its resource: created or changed it (upsert), or removed it (delete).</summary>
public enum ChangeOperation
{
    Upsert,
    Delete,
}
