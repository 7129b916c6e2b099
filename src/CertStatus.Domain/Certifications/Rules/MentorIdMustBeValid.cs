namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification belongs to a mentor named by a valid id.</summary>
public sealed class MentorIdMustBeValid(string? mentorId)
    : IdentifierRule(mentorId, "certification.invalid_mentor_id", "mentor_id", "A mentor id");
