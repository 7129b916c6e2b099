using System.ComponentModel;

namespace CertStatus.Client;

// The list operations gained a cursor parameter in 1.1. These overloads keep the 1.0 signatures,
// so that code compiled against 1.0 runs against 1.1 unchanged (the interfaces' ones have bodies,
// so that implementations written for 1.0, test doubles included, need nothing new for them).
// Their parameters have no defaults: calls compiled against 1.1 bind to the generated overload.

public partial interface ICertificationStatusesClient
{
    /// <summary>The 1.0 signature of <c>ListAsync</c>: the first pages by number, without a cursor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    Task<ListCertificationsResponse> ListAsync(
        int? page,
        int? limit,
        string? certificationType,
        bool? isExpired,
        int? expiringWithinDays,
        string? sort,
        CancellationToken cancellationToken) =>
        ListAsync(page, limit, certificationType, isExpired, expiringWithinDays, sort, null, cancellationToken);
}

public partial class CertificationStatusesClient
{
    /// <summary>The 1.0 signature of <c>ListAsync</c>: the first pages by number, without a cursor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual Task<ListCertificationsResponse> ListAsync(
        int? page,
        int? limit,
        string? certificationType,
        bool? isExpired,
        int? expiringWithinDays,
        string? sort,
        CancellationToken cancellationToken) =>
        ListAsync(page, limit, certificationType, isExpired, expiringWithinDays, sort, null, cancellationToken);
}

public partial interface ICertificationRenewalsClient
{
    /// <summary>The 1.0 signature of <c>ListAsync</c>: the first pages by number, without a cursor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    Task<ListRenewalsResponse> ListAsync(
        int? page,
        int? limit,
        string? mentorId,
        string? processedBy,
        string? sort,
        CancellationToken cancellationToken) =>
        ListAsync(page, limit, mentorId, processedBy, sort, null, cancellationToken);
}

public partial class CertificationRenewalsClient
{
    /// <summary>The 1.0 signature of <c>ListAsync</c>: the first pages by number, without a cursor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual Task<ListRenewalsResponse> ListAsync(
        int? page,
        int? limit,
        string? mentorId,
        string? processedBy,
        string? sort,
        CancellationToken cancellationToken) =>
        ListAsync(page, limit, mentorId, processedBy, sort, null, cancellationToken);
}
