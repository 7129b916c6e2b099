using CertStatus.Application.Certifications.CreateCertification;
using CertStatus.Application.Common.Validation;
using CertStatus.Application.Tests.Support;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Certifications.CreateCertification;

[TestFixture]
public sealed class CreateCertificationCommandValidatorTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiryDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly CreateCertificationCommand Valid = new("mentor-1", "peer_mentor_standard", IssueDate, ExpiryDate);

    private static CreateCertificationCommandValidator Validator(params string[] configuredTypes)
    {
        var options = new CertificationTypeOptions();
        foreach (var type in configuredTypes)
        {
            options.Types.Add(type);
        }

        return new CreateCertificationCommandValidator(Options.Create(options));
    }

    [Test]
    public void Validate_WhenEveryFieldIsValid_Passes() =>
        ValidationAssert.IsValid(Validator().Validate(Valid));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("-mentor")]
    [TestCase("mentor 1")]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm")]
    public void Validate_WhenMentorIdIsMissingOrMalformed_FailsOnMentorId(string? mentorId) =>
        ValidationAssert.FailedOn(Validator().Validate(Valid with { MentorId = mentorId }), "mentor_id");

    [Test]
    public void Validate_WhenMentorIdIsSixtyFourCharacters_Passes() =>
        ValidationAssert.IsValid(Validator().Validate(Valid with { MentorId = new string('m', 64) }));

    [Test]
    public void Validate_WhenMentorIdEndsWithNewline_FailsOnMentorId() =>
        ValidationAssert.FailedOn(Validator().Validate(Valid with { MentorId = "mentor-1\n" }), "mentor_id");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("peer_mentor_expert")]
    [TestCase("Peer_Mentor_Standard")]
    public void Validate_WhenCertificationTypeIsNotConfigured_FailsOnCertificationType(string? type) =>
        ValidationAssert.FailedOn(Validator().Validate(Valid with { CertificationType = type }), "certification_type");

    [Test]
    public void Validate_WhenCertificationTypeIsNotConfigured_ListsTheAllowedValues()
    {
        var result = Validator().Validate(Valid with { CertificationType = "gold" });

        Assert.That(
            result.Errors.Single().ErrorMessage,
            Is.EqualTo("'certification_type' must be one of: peer_mentor_standard, peer_mentor_advanced."));
    }

    [TestCase("peer_mentor_standard")]
    [TestCase("peer_mentor_advanced")]
    public void Validate_WhenCertificationTypeIsADefault_Passes(string type) =>
        ValidationAssert.IsValid(Validator().Validate(Valid with { CertificationType = type }));

    [Test]
    public void Validate_WhenTypesAreConfigured_AcceptsOnlyThose()
    {
        var validator = Validator("coach_level_1");

        using (Assert.EnterMultipleScope())
        {
            ValidationAssert.IsValid(validator.Validate(Valid with { CertificationType = "coach_level_1" }));
            ValidationAssert.FailedOn(validator.Validate(Valid with { CertificationType = "peer_mentor_standard" }), "certification_type");
        }
    }

    [Test]
    public void Validate_WhenIssueDateIsMissing_FailsOnIssueDate() =>
        ValidationAssert.FailedOn(Validator().Validate(Valid with { IssueDate = null }), "issue_date");

    [Test]
    public void Validate_WhenExpiryDateIsMissing_FailsOnExpiryDate() =>
        ValidationAssert.FailedOn(Validator().Validate(Valid with { ExpiryDate = null }), "expiry_date");

    [Test]
    public void Validate_WhenIssueDateIsIn1899_FailsOnIssueDate() =>
        ValidationAssert.FailedOn(
            Validator().Validate(Valid with { IssueDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1) }),
            "issue_date");

    [Test]
    public void Validate_WhenIssueDateIsFirstInstantOf1900_Passes() =>
        ValidationAssert.IsValid(Validator().Validate(Valid with { IssueDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero) }));

    [Test]
    public void Validate_WhenExpiryDateIsIn3000_FailsOnExpiryDate() =>
        ValidationAssert.FailedOn(
            Validator().Validate(Valid with { ExpiryDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero) }),
            "expiry_date");

    [Test]
    public void Validate_WhenExpiryDateIsLastTickOf2999_Passes() =>
        ValidationAssert.IsValid(
            Validator().Validate(Valid with { ExpiryDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1) }));

    [Test]
    public void Validate_WhenExpiryEqualsIssue_FailsOnExpiryDateNamingIssueDate()
    {
        var result = Validator().Validate(Valid with { ExpiryDate = IssueDate });

        ValidationAssert.FailedOn(result, "expiry_date");
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("'expiry_date' must be after 'issue_date'."));
    }

    [Test]
    public void Validate_WhenExpiryIsOneTickAfterIssue_Passes() =>
        ValidationAssert.IsValid(Validator().Validate(Valid with { ExpiryDate = IssueDate.AddTicks(1) }));

    [Test]
    public void Validate_WhenEverythingIsMissing_FailsOnEveryRequiredField() =>
        ValidationAssert.FailedOn(
            Validator().Validate(new CreateCertificationCommand(null, null, null, null)),
            "mentor_id",
            "certification_type",
            "issue_date",
            "expiry_date");
}
