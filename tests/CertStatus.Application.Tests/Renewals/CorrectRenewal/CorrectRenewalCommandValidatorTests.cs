using CertStatus.Application.Renewals.CorrectRenewal;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Renewals.CorrectRenewal;

[TestFixture]
public sealed class CorrectRenewalCommandValidatorTests
{
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly CorrectRenewalCommand Valid = new("renewal-0042", NewExpiry, "corrected");

    private readonly CorrectRenewalCommandValidator _validator = new();

    [Test]
    public void Validate_WhenBothFieldsGiven_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid));

    [Test]
    public void Validate_WhenOnlyNewExpiryDateGiven_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { Notes = null }));

    [TestCase("corrected")]
    [TestCase("")]
    public void Validate_WhenOnlyNotesGiven_Passes(string notes) =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { NewExpiryDate = null, Notes = notes }));

    [Test]
    public void Validate_WhenNeitherFieldGiven_FailsOnNewExpiryDate()
    {
        var result = _validator.Validate(Valid with { NewExpiryDate = null, Notes = null });

        ValidationAssert.FailedOn(result, "new_expiry_date");
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("notes"));
    }

    [TestCase("")]
    [TestCase(null)]
    public void Validate_WhenRenewalIdIsEmpty_FailsOnRenewalId(string? renewalId) =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { RenewalId = renewalId! }), "renewal_id");

    [Test]
    public void Validate_WhenRenewalIdIsNotCanonical_PassesAndLeavesItToTheHandler() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { RenewalId = "renewal-42" }));

    [TestCase(1899)]
    [TestCase(3000)]
    public void Validate_WhenNewExpiryDateIsOutsideTheSupportedYears_FailsOnNewExpiryDate(int year) =>
        ValidationAssert.FailedOn(
            _validator.Validate(Valid with { NewExpiryDate = new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero) }),
            "new_expiry_date");

    [TestCase(1900)]
    [TestCase(2999)]
    public void Validate_WhenNewExpiryDateIsInASupportedYear_Passes(int year) =>
        ValidationAssert.IsValid(
            _validator.Validate(Valid with { NewExpiryDate = new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero) }));

    [Test]
    public void Validate_WhenNotesAre2001Characters_FailsOnNotes() =>
        ValidationAssert.FailedOn(_validator.Validate(Valid with { Notes = new string('n', 2001) }), "notes");

    [Test]
    public void Validate_WhenNotesAre2000Characters_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Valid with { Notes = new string('n', 2000) }));
}
