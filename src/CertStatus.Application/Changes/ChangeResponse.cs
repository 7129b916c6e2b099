namespace CertStatus.Application.Changes;

/// <summary>
/// One change: which resource, its id, whether it was upserted or deleted, when, and for an upsert
/// the resource as GET one answers it (null for a delete).
/// </summary>
public sealed record ChangeResponse(string Resource, string Id, string Operation, DateTimeOffset ChangedAt, object? Data);
