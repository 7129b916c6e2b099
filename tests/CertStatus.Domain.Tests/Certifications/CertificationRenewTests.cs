using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationRenewTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CurrentExpiry = new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2029, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstOf3000 = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstOf1900 = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ProcessedBy = "admin-7";

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp() => _clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));

    private Certification Build() =>
        new CertificationBuilder()
            .ForMentor("mentor-42")
            .IssuedAt(IssueDate)
            .ExpiringAt(CurrentExpiry)
            .RecordedAt(_clock.GetUtcNow())
            .Build();

    private Renewal Renew(Certification certification, DateTimeOffset renewalDate, DateTimeOffset newExpiry) =>
        certification.Renew(renewalDate, newExpiry, ProcessedBy, null, _clock.GetUtcNow());

    [Test]
    public void Renew_WhenValid_SetsExpiryAndLastRenewalDate()
    {
        var certification = Build();

        Renew(certification, RenewalDate, NewExpiry);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(certification.IssueDate, Is.EqualTo(IssueDate));
        }
    }

    [Test]
    public void Renew_WhenValid_ReturnsTheRecordWithTheExpiryItReplaced()
    {
        var certification = Build();
        _clock.Advance(TimeSpan.FromHours(3));

        var renewal = certification.Renew(RenewalDate, NewExpiry, ProcessedBy, "annual review passed", _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewal.MentorId, Is.EqualTo("mentor-42"));
            Assert.That(renewal.RenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(renewal.NewExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(renewal.PreviousExpiryDate, Is.EqualTo(CurrentExpiry));
            Assert.That(renewal.ProcessedBy, Is.EqualTo(ProcessedBy));
            Assert.That(renewal.Notes, Is.EqualTo("annual review passed"));
            Assert.That(renewal.CreatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(renewal.UpdatedAt, Is.Null);
            Assert.That(renewal.Number, Is.Zero, "the database numbers a renewal when it is stored");
            Assert.That(renewal.Version, Is.Not.EqualTo(Guid.Empty));
        }
    }

    [Test]
    public void Renew_WhenValid_AddsTheRecordToTheCertification()
    {
        var certification = Build();

        var renewal = Renew(certification, RenewalDate, NewExpiry);

        Assert.That(certification.Renewals, Is.EqualTo(new[] { renewal }));
    }

    [Test]
    public void Renew_WhenValid_ChangesVersionAndMovesUpdatedAtButNotCreatedAt()
    {
        var certification = Build();
        var versionBefore = certification.Version;
        var createdAt = certification.CreatedAt;
        _clock.Advance(TimeSpan.FromHours(5));

        Renew(certification, RenewalDate, NewExpiry);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.Version, Is.Not.EqualTo(versionBefore).And.Not.EqualTo(Guid.Empty));
            Assert.That(certification.UpdatedAt, Is.EqualTo(createdAt.AddHours(5)));
            Assert.That(certification.CreatedAt, Is.EqualTo(createdAt));
        }
    }

    [Test]
    public void Renew_WhenRenewedTwice_TheSecondReplacesTheExpiryTheFirstSet()
    {
        var certification = Build();
        var secondRenewalDate = new DateTimeOffset(2028, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var secondExpiry = new DateTimeOffset(2031, 1, 15, 0, 0, 0, TimeSpan.Zero);

        var first = Renew(certification, RenewalDate, NewExpiry);
        var second = Renew(certification, secondRenewalDate, secondExpiry);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.PreviousExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(second.Sequence, Is.GreaterThan(first.Sequence));
            Assert.That(certification.ExpiryDate, Is.EqualTo(secondExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(secondRenewalDate));
            Assert.That(certification.Renewals, Is.EquivalentTo(new[] { first, second }));
        }
    }

    [Test]
    public void Renew_WhenValuesCarryOffsets_StoresThemInUtc()
    {
        var certification = Build();
        var renewalDate = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.FromHours(5));
        var newExpiry = new DateTimeOffset(2029, 1, 14, 20, 0, 0, TimeSpan.FromHours(-4));
        var now = new DateTimeOffset(2025, 2, 1, 20, 0, 0, TimeSpan.FromHours(-4));

        var renewal = certification.Renew(renewalDate, newExpiry, ProcessedBy, null, now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewal.RenewalDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(renewal.RenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(renewal.NewExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(renewal.NewExpiryDate, Is.EqualTo(new DateTimeOffset(2029, 1, 15, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(renewal.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.LastRenewalDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.UpdatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.UpdatedAt, Is.EqualTo(new DateTimeOffset(2025, 2, 2, 0, 0, 0, TimeSpan.Zero)));
        }
    }

    // new_expiry_date must extend the expiry it replaces.

    [Test]
    public void Renew_WhenNewExpiryEqualsCurrentExpiry_ThrowsMustExtendExpiry()
    {
        var certification = Build();

        RuleAssert.Broken<RenewalMustExtendExpiry>(() => Renew(certification, RenewalDate, CurrentExpiry));
    }

    [Test]
    public void Renew_WhenNewExpiryIsBeforeCurrentExpiry_ThrowsMustExtendExpiry()
    {
        var certification = Build();

        RuleAssert.Broken<RenewalMustExtendExpiry>(() => Renew(certification, RenewalDate, CurrentExpiry.AddDays(-1)));
    }

    [Test]
    public void Renew_WhenNewExpiryIsOneTickAfterCurrentExpiry_Accepts()
    {
        var certification = Build();

        Renew(certification, RenewalDate, CurrentExpiry.AddTicks(1));

        Assert.That(certification.ExpiryDate, Is.EqualTo(CurrentExpiry.AddTicks(1)));
    }

    // new_expiry_date must be after renewal_date: a lapsed certification renewed late shows it alone.

    [Test]
    public void Renew_WhenNewExpiryEqualsRenewalDate_ThrowsExpiryNotAfterRenewalDate()
    {
        var certification = Build();
        var lateRenewal = CurrentExpiry.AddMonths(6);

        RuleAssert.Broken<NewExpiryMustFollowRenewalDate>(() => Renew(certification, lateRenewal, lateRenewal));
    }

    [Test]
    public void Renew_WhenNewExpiryIsBeforeRenewalDate_ThrowsExpiryNotAfterRenewalDate()
    {
        var certification = Build();
        var lateRenewal = CurrentExpiry.AddMonths(6);

        RuleAssert.Broken<NewExpiryMustFollowRenewalDate>(
            () => Renew(certification, lateRenewal, lateRenewal.AddDays(-1)));
    }

    [Test]
    public void Renew_WhenNewExpiryIsOneTickAfterRenewalDate_Accepts()
    {
        var certification = Build();
        var lateRenewal = CurrentExpiry.AddMonths(6);

        Renew(certification, lateRenewal, lateRenewal.AddTicks(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(lateRenewal.AddTicks(1)));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(lateRenewal));
        }
    }

    // renewal_date must be on or after issue_date.

    [Test]
    public void Renew_WhenRenewalDateEqualsIssueDate_Accepts()
    {
        var certification = Build();

        Renew(certification, IssueDate, NewExpiry);

        Assert.That(certification.LastRenewalDate, Is.EqualTo(IssueDate));
    }

    [Test]
    public void Renew_WhenRenewalDateIsOneTickBeforeIssueDate_ThrowsRenewalBeforeIssue()
    {
        var certification = Build();

        RuleAssert.Broken<RenewalMustNotPrecedeIssue>(() => Renew(certification, IssueDate.AddTicks(-1), NewExpiry));
    }

    // Years 1900–2999, judged in UTC.

    [Test]
    public void Renew_WhenRenewalDateIsIn3000_ThrowsRenewalDateOutOfRange()
    {
        var certification = Build();

        RuleAssert.Broken<RenewalDateMustBeSupported>(() => Renew(certification, FirstOf3000, FirstOf3000.AddDays(1)));
    }

    [Test]
    public void Renew_WhenRenewalDateIsIn1899_ThrowsRenewalDateOutOfRange()
    {
        var certification = new CertificationBuilder().IssuedAt(FirstOf1900).ExpiringAt(FirstOf1900.AddYears(1)).Build();

        RuleAssert.Broken<RenewalDateMustBeSupported>(() => Renew(certification, FirstOf1900.AddTicks(-1), NewExpiry));
    }

    [Test]
    public void Renew_WhenRenewalDateIsTheFirstTickOf1900_Accepts()
    {
        var certification = new CertificationBuilder().IssuedAt(FirstOf1900).ExpiringAt(FirstOf1900.AddYears(1)).Build();

        Renew(certification, FirstOf1900, FirstOf1900.AddYears(2));

        Assert.That(certification.LastRenewalDate, Is.EqualTo(FirstOf1900));
    }

    [Test]
    public void Renew_WhenNewExpiryIsIn3000_ThrowsRenewalExpiryDateOutOfRange()
    {
        var certification = Build();

        RuleAssert.Broken<NewExpiryDateMustBeSupported>(() => Renew(certification, RenewalDate, FirstOf3000));
    }

    [Test]
    public void Renew_WhenNewExpiryIsLastTickOf2999_Accepts()
    {
        var certification = Build();

        Renew(certification, RenewalDate, FirstOf3000.AddTicks(-1));

        Assert.That(certification.ExpiryDate, Is.EqualTo(FirstOf3000.AddTicks(-1)));
    }

    [Test]
    public void Renew_WhenNewExpiryIsIn1899_ThrowsRenewalExpiryDateOutOfRange()
    {
        var certification = new CertificationBuilder().IssuedAt(FirstOf1900).ExpiringAt(FirstOf1900.AddYears(1)).Build();

        RuleAssert.Broken<NewExpiryDateMustBeSupported>(
            () => Renew(certification, FirstOf1900, FirstOf1900.AddTicks(-1)));
    }

    [Test]
    public void Renew_WhenNewExpiryIsIn2999LocallyBut3000InUtc_ThrowsRenewalExpiryDateOutOfRange()
    {
        var certification = Build();
        var newExpiry = new DateTimeOffset(2999, 12, 31, 23, 0, 0, TimeSpan.FromHours(-2));

        RuleAssert.Broken<NewExpiryDateMustBeSupported>(() => Renew(certification, RenewalDate, newExpiry));
    }

    [Test]
    public void Renew_WhenNewExpiryIsIn3000LocallyBut2999InUtc_Accepts()
    {
        var certification = Build();
        var newExpiry = new DateTimeOffset(3000, 1, 1, 1, 0, 0, TimeSpan.FromHours(2));

        Renew(certification, RenewalDate, newExpiry);

        Assert.That(certification.ExpiryDate.UtcDateTime.Year, Is.EqualTo(2999));
    }

    // processed_by follows the mentor_id character rules.

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("-admin")]
    [TestCase(".admin")]
    [TestCase("_admin")]
    [TestCase("ad min")]
    [TestCase("admin!")]
    [TestCase("admin/1")]
    [TestCase("admin\n")]
    [TestCase("adminé")]
    public void Renew_WhenProcessedByBreaksTheIdentifierRules_ThrowsInvalidProcessedBy(string processedBy)
    {
        var certification = Build();

        RuleAssert.Broken<ProcessedByMustBeValid>(
            () => certification.Renew(RenewalDate, NewExpiry, processedBy, null, _clock.GetUtcNow()));
    }

    [Test]
    public void Renew_WhenProcessedByIsNull_ThrowsInvalidProcessedBy()
    {
        var certification = Build();

        RuleAssert.Broken<ProcessedByMustBeValid>(
            () => certification.Renew(RenewalDate, NewExpiry, null!, null, _clock.GetUtcNow()));
    }

    [Test]
    public void Renew_WhenProcessedByIs65Characters_ThrowsInvalidProcessedBy()
    {
        var certification = Build();

        RuleAssert.Broken<ProcessedByMustBeValid>(
            () => certification.Renew(RenewalDate, NewExpiry, new string('a', 65), null, _clock.GetUtcNow()));
    }

    [TestCase("a")]
    [TestCase("7")]
    [TestCase("Admin.Team_1-B")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Renew_WhenProcessedByFollowsTheIdentifierRules_RecordsIt(string processedBy)
    {
        var certification = Build();

        var renewal = certification.Renew(RenewalDate, NewExpiry, processedBy, null, _clock.GetUtcNow());

        Assert.That(renewal.ProcessedBy, Is.EqualTo(processedBy));
    }

    // notes: at most 2000 characters.

    [Test]
    public void Renew_WhenNotesAre2000Characters_RecordsThem()
    {
        var certification = Build();
        var notes = new string('n', 2000);

        var renewal = certification.Renew(RenewalDate, NewExpiry, ProcessedBy, notes, _clock.GetUtcNow());

        Assert.That(renewal.Notes, Is.EqualTo(notes));
    }

    [Test]
    public void Renew_WhenNotesAre2001Characters_ThrowsNotesTooLong()
    {
        var certification = Build();

        RuleAssert.Broken<RenewalNotesMustFit>(
            () => certification.Renew(RenewalDate, NewExpiry, ProcessedBy, new string('n', 2001), _clock.GetUtcNow()));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Renew_WhenNotesAreAbsentOrEmpty_RecordsNoNotes(string? notes)
    {
        var certification = Build();

        var renewal = certification.Renew(RenewalDate, NewExpiry, ProcessedBy, notes, _clock.GetUtcNow());

        Assert.That(renewal.Notes, Is.Null);
    }

    // A refused renewal leaves no trace.

    private static IEnumerable<TestCaseData> RefusedRenewals()
    {
        yield return new TestCaseData(RenewalDate, CurrentExpiry, ProcessedBy, null).SetArgDisplayNames("does not extend");
        yield return new TestCaseData(IssueDate.AddTicks(-1), NewExpiry, ProcessedBy, null).SetArgDisplayNames("before issue");
        yield return new TestCaseData(RenewalDate, FirstOf3000, ProcessedBy, null).SetArgDisplayNames("expiry out of range");
        yield return new TestCaseData(RenewalDate, NewExpiry, "-bad", null).SetArgDisplayNames("processed_by");
        yield return new TestCaseData(RenewalDate, NewExpiry, ProcessedBy, new string('n', 2001)).SetArgDisplayNames("notes");
    }

    [TestCaseSource(nameof(RefusedRenewals))]
    public void Renew_WhenRefused_LeavesTheCertificationUnchanged(
        DateTimeOffset renewalDate,
        DateTimeOffset newExpiry,
        string processedBy,
        string? notes)
    {
        var certification = Build();
        var earlier = Renew(certification, RenewalDate.AddDays(-30), CurrentExpiry.AddDays(1));
        var expiryBefore = certification.ExpiryDate;
        var lastRenewalBefore = certification.LastRenewalDate;
        var versionBefore = certification.Version;
        var updatedAtBefore = certification.UpdatedAt;
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.That(
            () => certification.Renew(renewalDate, newExpiry, processedBy, notes, _clock.GetUtcNow()),
            Throws.InstanceOf<DomainRuleViolationException>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(expiryBefore));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(lastRenewalBefore));
            Assert.That(certification.Version, Is.EqualTo(versionBefore));
            Assert.That(certification.UpdatedAt, Is.EqualTo(updatedAtBefore));
            Assert.That(certification.Renewals, Is.EqualTo(new[] { earlier }));
        }
    }
}
