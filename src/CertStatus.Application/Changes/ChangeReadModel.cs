using CertStatus.Application.Certifications;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Renewals;

namespace CertStatus.Application.Changes;

/// <summary>
/// A change as stored: its position in the feed, what it changed, when, and for an upsert the
/// resource's stored fields as the change left them (the read model of its kind; both null for a delete).
/// </summary>
public sealed record ChangeReadModel(
    long Position,
    ChangeResource Resource,
    string Id,
    ChangeOperation Operation,
    DateTimeOffset ChangedAt,
    CertificationReadModel? Certification,
    RenewalReadModel? Renewal);
