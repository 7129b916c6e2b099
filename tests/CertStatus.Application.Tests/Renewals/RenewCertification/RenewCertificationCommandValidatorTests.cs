using CertStatus.Application.Renewals.RenewCertification;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Renewals.RenewCertification;

[TestFixture]
public sealed class RenewCertificationCommandValidatorTests
{
    private static readonly DateTimeOffset RenewalDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RenewCertificationCommand Valid =
        new("mentor-1", RenewalDate, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), "admin-1", "annual review");

    private readonly RenewCertificationCommandValidator _validator = new();

    [Test]
    public void Validate_WhenEveryFieldIsValid_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid));

    [Test]
    public void Validate_WhenNotesAreAbsent_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { Notes = null }));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("-mentor")]
    [TestCase("mentor 1")]
    public void Validate_WhenMentorIdIsMissingOrMalformed_FailsOnMentorId(string? mentorId) =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { MentorId = mentorId }), "mentor_id");

    [Test]
    public void Validate_WhenMentorIdIs65Characters_FailsOnMentorId() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { MentorId = new string('m', 65) }), "mentor_id");

    [Test]
    public void Validate_WhenRenewalDateIsMissing_FailsOnRenewalDate() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { RenewalDate = null }), "renewal_date");

    [Test]
    public void Validate_WhenRenewalDateIsIn1899_FailsOnRenewalDate() =>
        ValidationAssert.FailedOn(
            _validator.Validate(Valid with { RenewalDate = new DateTimeOffset(1899, 12, 31, 0, 0, 0, TimeSpan.Zero) }),
            "renewal_date");

    [Test]
    public void Validate_WhenRenewalDateIsTheFirstDayOf1900_Passes() =>
        ValidationAssert.IsValid(
            _validator.Validate(Valid with { RenewalDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero) }));

    [Test]
    public void Validate_WhenNewExpiryDateIsMissing_FailsOnNewExpiryDate() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { NewExpiryDate = null }), "new_expiry_date");

    [Test]
    public void Validate_WhenNewExpiryDateIsIn3000_FailsOnNewExpiryDate() =>
        ValidationAssert.FailedOn(
            _validator.Validate(Valid with { NewExpiryDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero) }),
            "new_expiry_date");

    [Test]
    public void Validate_WhenNewExpiryDateIsTheLastTickOf2999_Passes() =>
        ValidationAssert.IsValid(
            _validator.Validate(Valid with { NewExpiryDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1) }));

    [Test]
    public void Validate_WhenNewExpiryDateEqualsRenewalDate_FailsOnNewExpiryDate() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { NewExpiryDate = RenewalDate }), "new_expiry_date");

    [Test]
    public void Validate_WhenNewExpiryDateIsBeforeRenewalDate_FailsOnNewExpiryDate() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { NewExpiryDate = RenewalDate.AddDays(-1) }), "new_expiry_date");

    [Test]
    public void Validate_WhenNewExpiryDateIsOneTickAfterRenewalDate_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { NewExpiryDate = RenewalDate.AddTicks(1) }));

    [TestCase(null)]
    [TestCase("")]
    [TestCase(".admin")]
    [TestCase("admin!")]
    public void Validate_WhenProcessedByIsMissingOrMalformed_FailsOnProcessedBy(string? processedBy) =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { ProcessedBy = processedBy }), "processed_by");

    [Test]
    public void Validate_WhenNotesAre2001Characters_FailsOnNotes() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { Notes = new string('n', 2001) }), "notes");

    [Test]
    public void Validate_WhenNotesAre2000Characters_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { Notes = new string('n', 2000) }));

    [Test]
    public void Validate_WhenEverythingIsMissing_FailsOnEveryRequiredField() =>
        ValidationAssert.FailedOn(
            _validator.Validate(new RenewCertificationCommand(null, null, null, null, null)),
            "mentor_id",
            "renewal_date",
            "new_expiry_date",
            "processed_by");
}
