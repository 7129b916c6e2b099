namespace CertStatus.Client;

/// <summary>
/// <c>ListAllAsync</c>: every renewal that matches, walked with the service's cursors (see
/// <see cref="CertStatusPageable{T}"/>). An extension of the interface, so that it works on any
/// implementation of it, a test double included.
/// </summary>
public static class CertificationRenewalsClientExtensions
{
    /// <summary>Every renewal that matches the filters, in the sort's order.</summary>
    /// <param name="client">The renewals client.</param>
    /// <param name="limit">Items per page, 1–100 (default 100).</param>
    /// <param name="mentorId">Only the renewals of this mentor.</param>
    /// <param name="processedBy">Only the renewals processed by this person.</param>
    /// <param name="sort">renewal_id (default), renewal_date or -renewal_date.</param>
    /// <param name="cancellationToken">Stops the walk between or during requests.</param>
    public static CertStatusPageable<RenewalResponse> ListAllAsync(
        this ICertificationRenewalsClient client,
        int limit = CertStatusPageable.MaxPageSize,
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
                return CertStatusPageable.PageOf(response.Data, response.Pagination);
            },
            CertStatusPageable.ValidPageSize(limit),
            cancellationToken);
    }
}
