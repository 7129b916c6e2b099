namespace CertStatus.Application.Certifications.ListCertifications;

/// <summary>Where an item stands in every order a list of certifications has: mentor_id alone, or expiry then mentor_id.</summary>
public sealed record CertificationSortKey(string MentorId, DateTimeOffset ExpiryDate);
