namespace CertStatus.Application.Renewals.DeleteRenewal;

public sealed record DeleteRenewalResponse(bool Deleted, string RenewalId);
