using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Validation;
using CertStatus.Application.Tests.Support;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Certifications.ListCertifications;

[TestFixture]
public sealed class ListCertificationsQueryValidatorTests
{
    private readonly ListCertificationsQueryValidator _validator = new(Options.Create(new CertificationTypeOptions()));

    [Test]
    public void Validate_WhenEverythingIsDefault_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(new ListCertificationsQuery()));

    [Test]
    public void Validate_WhenEveryFilterIsSet_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(
            new ListCertificationsQuery(2, 50, "peer_mentor_advanced", false, 30, "-expiry_date")));

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_WhenPageIsBelowOne_FailsOnPage(int page) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListCertificationsQuery(Page: page)), "page");

    [TestCase(0)]
    [TestCase(101)]
    public void Validate_WhenLimitIsOutOfRange_FailsOnLimit(int limit) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListCertificationsQuery(Limit: limit)), "limit");

    [TestCase(1)]
    [TestCase(100)]
    public void Validate_WhenLimitIsAtABound_Passes(int limit) =>
        ValidationAssert.IsValid(_validator.Validate(new ListCertificationsQuery(Limit: limit)));

    [TestCase(-1)]
    [TestCase(ListCertificationsQueryValidator.MaxExpiringWithinDays + 1)]
    public void Validate_WhenExpiringWithinDaysIsOutOfRange_FailsOnExpiringWithinDays(int days) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListCertificationsQuery(ExpiringWithinDays: days)), "expiring_within_days");

    [TestCase(0)]
    [TestCase(ListCertificationsQueryValidator.MaxExpiringWithinDays)]
    public void Validate_WhenExpiringWithinDaysIsAtABound_Passes(int days) =>
        ValidationAssert.IsValid(_validator.Validate(new ListCertificationsQuery(ExpiringWithinDays: days)));

    [TestCase("peer_mentor_expert")]
    [TestCase("")]
    public void Validate_WhenCertificationTypeIsNotConfigured_FailsOnCertificationType(string type) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListCertificationsQuery(CertificationType: type)), "certification_type");

    [TestCase("mentor_id")]
    [TestCase("expiry_date")]
    [TestCase("-expiry_date")]
    public void Validate_WhenSortIsKnown_Passes(string sort) =>
        ValidationAssert.IsValid(_validator.Validate(new ListCertificationsQuery(Sort: sort)));

    [TestCase("")]
    [TestCase("-mentor_id")]
    [TestCase("Expiry_Date")]
    [TestCase("issue_date")]
    public void Validate_WhenSortIsUnknown_FailsOnSortListingTheChoices(string sort)
    {
        var result = _validator.Validate(new ListCertificationsQuery(Sort: sort));

        ValidationAssert.FailedOn(result, "sort");
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("'sort' must be one of: mentor_id, expiry_date, -expiry_date."));
    }
}
