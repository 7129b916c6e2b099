using Mediator;

namespace CertStatus.Application.Renewals.GetRenewal;

public sealed record GetRenewalQuery(string RenewalId) : IQuery<RenewalResponse>;
