namespace CertStatus.Application.Certifications.DeleteCertification;

public sealed record DeleteCertificationResponse(bool Deleted, string MentorId);
