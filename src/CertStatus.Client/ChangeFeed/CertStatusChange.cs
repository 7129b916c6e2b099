using System.Text.Json;

namespace CertStatus.Client;

/// <summary>
/// One change of the feed, typed: what changed (<see cref="Resource"/>, <see cref="Id"/>), how
/// (<see cref="Operation"/>), when, and for an upsert the resource as GET one answers it, as of
/// that change or later: <see cref="Status"/> for a certification status, <see cref="Renewal"/>
/// for a renewal. Apply it by id (upsert or delete): a change may come again after a retry.
/// </summary>
public sealed class CertStatusChange
{
    internal CertStatusChange(ChangeResponse change)
    {
        Resource = change.Resource;
        Id = change.Id;
        Operation = change.Operation;
        ChangedAt = change.ChangedAt;
        if (change.Operation == ChangeResponseOperation.Upsert && change.Data is JsonElement data)
        {
            Status = change.Resource == ChangeResponseResource.CertificationStatus ? data.Deserialize<CertificationResponse>() : null;
            Renewal = change.Resource == ChangeResponseResource.CertificationRenewal ? data.Deserialize<RenewalResponse>() : null;
        }
    }

    /// <summary>The kind of resource that changed.</summary>
    public ChangeResponseResource Resource { get; }

    /// <summary>The resource's id: a <c>mentor_id</c> for a status, a <c>renewal_id</c> for a renewal.</summary>
    public string Id { get; }

    /// <summary>Upsert (the resource exists, as <see cref="Status"/> or <see cref="Renewal"/> holds it) or delete.</summary>
    public ChangeResponseOperation Operation { get; }

    /// <summary>When the write was made.</summary>
    public DateTimeOffset ChangedAt { get; }

    /// <summary>The certification status, for an upsert of one; otherwise null.</summary>
    public CertificationResponse? Status { get; }

    /// <summary>The renewal, for an upsert of one; otherwise null.</summary>
    public RenewalResponse? Renewal { get; }
}
