namespace CertStatus.Client;

/// <summary>
/// <c>ListAllAsync</c>: every certification status or renewal that matches, walked with the
/// service's cursors (see <see cref="CertStatusPageable{T}"/>). Extensions of the client
/// interfaces, so that they work on any implementation of them, a test double included.
/// </summary>
public static class CertStatusListWalks
{
    /// <summary>The largest page the service answers, and the walks' default: fewest round trips.</summary>
    public const int MaxLimit = 100;

    /// <summary>Every certification status that matches the filters, in the sort's order.</summary>
    /// <param name="client">The statuses client.</param>
    /// <param name="limit">Items per page, 1–100 (default 100).</param>
    /// <param name="certificationType">Only certifications of this type.</param>
    /// <param name="isExpired">Only expired (true) or only current (false) certifications; fixed at the walk's first page.</param>
    /// <param name="expiringWithinDays">Only certifications not yet expired that expire within this many days of the walk's first page.</param>
    /// <param name="sort">mentor_id (default), expiry_date or -expiry_date.</param>
    /// <param name="cancellationToken">Stops the walk between or during requests.</param>
    public static CertStatusPageable<CertificationResponse> ListAllAsync(
        this ICertificationStatusesClient client,
        int limit = MaxLimit,
        string? certificationType = null,
        bool? isExpired = null,
        int? expiringWithinDays = null,
        string? sort = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new CertStatusPageable<CertificationResponse>(
            async (cursor, pageLimit, token) =>
            {
                var response = await client.ListAsync(null, pageLimit, certificationType, isExpired, expiringWithinDays, sort, cursor, token)
                    .ConfigureAwait(false);
                return PageOf(response.Data, response.Pagination);
            },
            ValidLimit(limit),
            cancellationToken);
    }

    /// <summary>Every renewal that matches the filters, in the sort's order.</summary>
    /// <param name="client">The renewals client.</param>
    /// <param name="limit">Items per page, 1–100 (default 100).</param>
    /// <param name="mentorId">Only the renewals of this mentor.</param>
    /// <param name="processedBy">Only the renewals processed by this person.</param>
    /// <param name="sort">renewal_id (default), renewal_date or -renewal_date.</param>
    /// <param name="cancellationToken">Stops the walk between or during requests.</param>
    public static CertStatusPageable<RenewalResponse> ListAllAsync(
        this ICertificationRenewalsClient client,
        int limit = MaxLimit,
        string? mentorId = null,
        string? processedBy = null,
        string? sort = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new CertStatusPageable<RenewalResponse>(
            async (cursor, pageLimit, token) =>
            {
                var response = await client.ListAsync(null, pageLimit, mentorId, processedBy, sort, cursor, token).ConfigureAwait(false);
                return PageOf(response.Data, response.Pagination);
            },
            ValidLimit(limit),
            cancellationToken);
    }

    private static CertStatusPage<T> PageOf<T>(IReadOnlyList<T> items, Pagination pagination) =>
        new(items, pagination.NextCursor, pagination.Page, pagination.Total);

    private static int ValidLimit(int limit) =>
        limit is >= 1 and <= MaxLimit
            ? limit
            : throw new ArgumentOutOfRangeException(nameof(limit), limit, $"Pages hold 1–{MaxLimit} items.");
}
