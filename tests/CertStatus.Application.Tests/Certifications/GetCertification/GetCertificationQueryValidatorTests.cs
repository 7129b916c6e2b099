using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Certifications.GetCertification;

[TestFixture]
public sealed class GetCertificationQueryValidatorTests
{
    private readonly GetCertificationQueryValidator _validator = new();

    [TestCase("mentor-1")]
    [TestCase("-not-a-valid-id")]
    public void Validate_WhenMentorIdIsGiven_PassesAndLeavesUnknownIdsToTheHandler(string mentorId) =>
        ValidationAssert.IsValid(_validator.Validate(new GetCertificationQuery(mentorId)));

    [TestCase("")]
    [TestCase(" ")]
    public void Validate_WhenMentorIdIsEmpty_FailsOnMentorId(string mentorId) =>
        ValidationAssert.FailedOn(_validator.Validate(new GetCertificationQuery(mentorId)), "mentor_id");
}
