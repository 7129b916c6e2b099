namespace CertStatus.Client;

/// <summary>
/// <c>ListAllAsync</c>: every certification status that matches, walked with the service's cursors
/// (see <see cref="CertStatusPageable{T}"/>). An extension of the interface, so that it works on any
/// implementation of it, a test double included.
/// </summary>
public static class CertificationStatusesClientExtensions
{
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
        int limit = CertStatusPageable.MaxPageSize,
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
                return CertStatusPageable.PageOf(response.Data, response.Pagination);
            },
            CertStatusPageable.ValidPageSize(limit),
            cancellationToken);
    }
}
