namespace CertStatus.Api.Contracts;

/// <summary>The body of PUT /api/v1/certification-renewals/{renewalId}: at least one field; an empty notes string clears the notes.</summary>
/// <param name="NewExpiryDate">The corrected expiry: after renewal_date and after the expiry the renewal replaced.</param>
/// <param name="Notes">Replaces the notes (at most 2000 characters); an empty string clears them.</param>
public sealed record CorrectRenewalRequest(DateTimeOffset? NewExpiryDate, string? Notes);
