using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Application.Tests.Support;

namespace CertStatus.Application.Tests.Renewals.ListRenewals;

[TestFixture]
public sealed class ListRenewalsQueryValidatorTests
{
    private readonly ListRenewalsQueryValidator _validator = new(Cursors.Sealer);

    [Test]
    public void Validate_WhenNothingGiven_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(new ListRenewalsQuery()));

    [Test]
    public void Validate_WhenEveryFilterIsValid_Passes() =>
        ValidationAssert.IsValid(
            _validator.Validate(new ListRenewalsQuery(Page: 2, Limit: 50, MentorId: "mentor-1", ProcessedBy: "admin-1", Sort: "-renewal_date")));

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_WhenPageIsBelowOne_FailsOnPage(int page) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListRenewalsQuery(Page: page)), "page");

    [TestCase(0)]
    [TestCase(101)]
    public void Validate_WhenLimitIsOutOfRange_FailsOnLimit(int limit) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListRenewalsQuery(Limit: limit)), "limit");

    [TestCase(1)]
    [TestCase(100)]
    public void Validate_WhenLimitIsAtABound_Passes(int limit) =>
        ValidationAssert.IsValid(_validator.Validate(new ListRenewalsQuery(Limit: limit)));

    [TestCase("")]
    [TestCase("-mentor")]
    [TestCase("mentor 1")]
    public void Validate_WhenMentorIdIsMalformed_FailsOnMentorId(string mentorId) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListRenewalsQuery(MentorId: mentorId)), "mentor_id");

    [TestCase("")]
    [TestCase("_admin")]
    [TestCase("admin!")]
    public void Validate_WhenProcessedByIsMalformed_FailsOnProcessedBy(string processedBy) =>
        ValidationAssert.FailedOn(_validator.Validate(new ListRenewalsQuery(ProcessedBy: processedBy)), "processed_by");

    [TestCase("renewal_id")]
    [TestCase("renewal_date")]
    [TestCase("-renewal_date")]
    public void Validate_WhenSortIsAllowed_Passes(string sort) =>
        ValidationAssert.IsValid(_validator.Validate(new ListRenewalsQuery(Sort: sort)));

    [TestCase("")]
    [TestCase("-renewal_id")]
    [TestCase("Renewal_Date")]
    [TestCase("renewal_date ")]
    [TestCase("expiry_date")]
    [TestCase("mentor_id")]
    public void Validate_WhenSortIsNotAllowed_FailsOnSort(string sort)
    {
        var result = _validator.Validate(new ListRenewalsQuery(Sort: sort));

        ValidationAssert.FailedOn(result, "sort");
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("renewal_id, renewal_date, -renewal_date"));
    }

    private static readonly ListRenewalsQuery Walk = new(ProcessedBy: "admin-1", Sort: "renewal_date");

    private static string CursorOf(ListRenewalsQuery walk, ListKind kind = ListKind.CertificationRenewals) =>
        Cursors.Sealer.Write(new ListCursor(kind, walk.Walk, DateTimeOffset.UnixEpoch, 2, DateTimeOffset.UnixEpoch, "17"));

    [Test]
    public void Validate_WhenTheCursorContinuesTheSameWalk_Passes() =>
        ValidationAssert.IsValid(_validator.Validate(Walk with { Cursor = CursorOf(Walk), Limit = 100 }));

    [Test]
    public void Validate_WhenCursorComesWithPage_FailsOnCursor() =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = CursorOf(Walk), Page = 2 }), "cursor");

    [Test]
    public void Validate_WhenTheCursorWasIssuedForStatuses_FailsOnCursor() =>
        ValidationAssert.FailedOn(_validator.Validate(Walk with { Cursor = CursorOf(Walk, ListKind.CertificationStatuses) }), "cursor");

    [TestCase("mentor-1", "admin-1", "renewal_date")]
    [TestCase(null, "admin-2", "renewal_date")]
    [TestCase(null, "admin-1", "-renewal_date")]
    [TestCase(null, null, "renewal_date")]
    public void Validate_WhenTheFiltersOrSortDifferFromTheWalks_FailsOnCursor(string? mentorId, string? processedBy, string? sort) =>
        ValidationAssert.FailedOn(
            _validator.Validate(new ListRenewalsQuery(MentorId: mentorId, ProcessedBy: processedBy, Sort: sort, Cursor: CursorOf(Walk))),
            "cursor");
}
