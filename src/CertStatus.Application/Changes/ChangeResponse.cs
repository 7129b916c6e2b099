namespace CertStatus.Application.Changes;

/// <summary>
/// One change (SPEC §6): which resource, its id, upsert or delete, when, and for an upsert the
/// resource's representation as GET one answers it (a <see cref="Certifications.CertificationResponse"/>
/// or a <see cref="Renewals.RenewalResponse"/>, as <see cref="Resource"/> says); null for a delete.
/// </summary>
public sealed record ChangeResponse(string Resource, string Id, string Operation, DateTimeOffset ChangedAt, object? Data);
