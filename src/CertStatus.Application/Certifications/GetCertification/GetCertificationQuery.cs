using Mediator;

namespace CertStatus.Application.Certifications.GetCertification;

public sealed record GetCertificationQuery(string MentorId) : IQuery<CertificationResponse>;
