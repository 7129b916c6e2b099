using CertStatus.Application.Common.Paging;

namespace CertStatus.Application.Renewals.ListRenewals;

public sealed record ListRenewalsResponse(IReadOnlyList<RenewalResponse> Data, Pagination Pagination);
