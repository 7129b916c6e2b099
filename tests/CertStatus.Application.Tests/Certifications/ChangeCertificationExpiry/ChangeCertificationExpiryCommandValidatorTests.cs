using CertStatus.Application.Certifications.ChangeCertificationExpiry;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Certifications.ChangeCertificationExpiry;

[TestFixture]
public sealed class ChangeCertificationExpiryCommandValidatorTests
{
    private static readonly ChangeCertificationExpiryCommand Valid =
        new("mentor-1", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), "extended after review");

    private readonly ChangeCertificationExpiryCommandValidator _validator = new();

    [Test]
    public void Validate_WhenEveryFieldIsValid_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid));

    [Test]
    public void Validate_WhenMentorIdIsEmpty_FailsOnMentorId() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { MentorId = "" }), "mentor_id");

    [Test]
    public void Validate_WhenExpiryDateIsMissing_FailsOnExpiryDate() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { ExpiryDate = null }), "expiry_date");

    [TestCase(1899)]
    [TestCase(3000)]
    public void Validate_WhenExpiryDateIsOutsideTheSupportedYears_FailsOnExpiryDate(int year) =>
        ValidationAssert.FailedOn(
            _validator.Validate(Valid with { ExpiryDate = new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero) }),
            "expiry_date");

    [TestCase(1900)]
    [TestCase(2999)]
    public void Validate_WhenExpiryDateIsInASupportedYear_Passes(int year) =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { ExpiryDate = new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero) }));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WhenReasonIsBlank_FailsOnUpdatedReason(string? reason)
    {
        var result = _validator.Validate(Valid with { UpdatedReason = reason });

        ValidationAssert.FailedOn(result, "updated_reason");
        Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo("'updated_reason' is required: say why the expiry date changes."));
    }

    [Test]
    public void Validate_WhenReasonIs201Characters_FailsOnUpdatedReason() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { UpdatedReason = new string('r', 201) }), "updated_reason");

    [Test]
    public void Validate_WhenReasonIs200Characters_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { UpdatedReason = new string('r', 200) }));
}
