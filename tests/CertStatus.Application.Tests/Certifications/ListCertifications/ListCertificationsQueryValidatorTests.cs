using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Validation;
using CertStatus.Application.Tests.Support;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Certifications.ListCertifications;

[TestFixture]
public sealed class ListCertificationsQueryValidatorTests
{
    private readonly ListCertificationsQueryValidator _validator = new(Options.Create(new CertificationTypeOptions()), Cursors.Sealer);

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

    private static readonly ListCertificationsQuery Walk = new(Limit: 50, IsExpired: false, Sort: "expiry_date");

    private static string CursorOf(ListCertificationsQuery walk, ListKind kind = ListKind.CertificationStatuses, ListCursors? sealer = null) =>
        (sealer ?? Cursors.Sealer).Write(new ListCursor(kind, walk.Walk, DateTimeOffset.UnixEpoch, 2, DateTimeOffset.UnixEpoch, "m-1"));

    [Test]
    public void Validate_WhenTheCursorContinuesTheSameWalk_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Walk with { Cursor = CursorOf(Walk), Limit = 5 }));

    [Test]
    public void Validate_WhenTheSortIsOmittedAndTheWalkNamedTheDefault_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(new ListCertificationsQuery(Cursor: CursorOf(new ListCertificationsQuery(Sort: "mentor_id")))));

    [Test]
    public void Validate_WhenCursorComesWithPage_FailsOnCursor() =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = CursorOf(Walk), Page = 1 }), "cursor");

    [TestCase("not a cursor")]
    [TestCase("AAAA")]
    [TestCase("")]
    public void Validate_WhenTheCursorIsNotOneThisServiceIssued_FailsOnCursor(string cursor) =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = cursor }), "cursor");

    [Test]
    public void Validate_WhenTheCursorWasTamperedWith_FailsOnCursor()
    {
        var cursor = CursorOf(Walk).ToCharArray();
        cursor[20] = cursor[20] == 'A' ? 'B' : 'A';

        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = new string(cursor) }), "cursor");
    }

    [Test]
    public void Validate_WhenTheCursorWasIssuedForRenewals_FailsOnCursor() =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = CursorOf(Walk, ListKind.CertificationRenewals) }), "cursor");

    [Test]
    public void Validate_WhenTheCursorWasSealedWithAnotherKey_FailsOnCursor() =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = CursorOf(Walk, sealer: Cursors.OtherDeployment) }), "cursor");

    [TestCase("peer_mentor_advanced", false, null, "expiry_date")]
    [TestCase(null, true, null, "expiry_date")]
    [TestCase(null, false, 30, "expiry_date")]
    [TestCase(null, false, null, "-expiry_date")]
    [TestCase(null, false, null, null)]
    public void Validate_WhenTheFiltersOrSortDifferFromTheWalks_FailsOnCursor(string? type, bool? isExpired, int? days, string? sort) =>
        ValidationAssert.FailedOn(
            _validator.Validate(new ListCertificationsQuery(
                CertificationType: type, IsExpired: isExpired, ExpiringWithinDays: days, Sort: sort, Cursor: CursorOf(Walk))),
            "cursor");
}
