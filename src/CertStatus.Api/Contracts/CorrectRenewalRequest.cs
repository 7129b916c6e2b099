namespace CertStatus.Api.Contracts;

/// <summary>The body of PUT /api/v1/certification-renewals/{renewalId}: at least one field; an empty notes string clears the notes.</summary>
public sealed record CorrectRenewalRequest(DateTimeOffset? NewExpiryDate, string? Notes);
