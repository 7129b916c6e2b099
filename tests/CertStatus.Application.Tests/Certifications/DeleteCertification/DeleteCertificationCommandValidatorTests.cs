using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Certifications.DeleteCertification;

[TestFixture]
public sealed class DeleteCertificationCommandValidatorTests
{
    private readonly DeleteCertificationCommandValidator _validator = new();

    [Test]
    public void Validate_WhenMentorIdIsGiven_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(new DeleteCertificationCommand("mentor-1")));

    [TestCase("")]
    [TestCase(" ")]
    public void Validate_WhenMentorIdIsEmpty_FailsOnMentorId(string mentorId) =>
        ValidationAssert.FailedOn(_validator.Validate(new DeleteCertificationCommand(mentorId)), "mentor_id");
}
