using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationCorrectRenewalTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstRenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstExpiry = new(2029, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondRenewalDate = new(2028, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondExpiry = new(2031, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstOf3000 = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;
    private Certification _certification = null!;
    private Renewal _older = null!;
    private Renewal _latest = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));
        _certification = new CertificationBuilder()
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(_clock.GetUtcNow())
            .Build();
        _older = _certification.Renew(FirstRenewalDate, FirstExpiry, "admin-1", "first", _clock.GetUtcNow());
        _latest = _certification.Renew(SecondRenewalDate, SecondExpiry, "admin-1", "second", _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(2));
    }

    private void Correct(Renewal renewal, DateTimeOffset? newExpiry, string? notes = null) =>
        _certification.CorrectRenewal(renewal, newExpiry, notes, _clock.GetUtcNow());

    [Test]
    public void CorrectRenewal_WhenLatestExpiryCorrected_MovesTheCertificationsExpiry()
    {
        var corrected = SecondExpiry.AddMonths(3);
        var versionBefore = _certification.Version;

        Correct(_latest, corrected);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(corrected));
            Assert.That(_certification.ExpiryDate, Is.EqualTo(corrected));
            Assert.That(_certification.LastRenewalDate, Is.EqualTo(SecondRenewalDate));
            Assert.That(_certification.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_certification.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public void CorrectRenewal_WhenLatestExpiryShortenedButStillAfterItsPreviousExpiry_MovesTheCertificationsExpiryBack()
    {
        var shorter = FirstExpiry.AddDays(1);

        Correct(_latest, shorter);

        Assert.That(_certification.ExpiryDate, Is.EqualTo(shorter));
    }

    [Test]
    public void CorrectRenewal_WhenOlderExpiryCorrected_ChangesOnlyTheRecordAndTheVersion()
    {
        var corrected = FirstExpiry.AddMonths(1);
        var versionBefore = _certification.Version;
        var lastRenewalBefore = _certification.LastRenewalDate;

        Correct(_older, corrected);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_older.NewExpiryDate, Is.EqualTo(corrected));
            Assert.That(_certification.ExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_certification.LastRenewalDate, Is.EqualTo(lastRenewalBefore));
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_latest.PreviousExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(_certification.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public void CorrectRenewal_WhenOnlyNotesCorrectedOnLatest_LeavesTheExpiryButChangesTheVersion()
    {
        var versionBefore = _certification.Version;

        Correct(_latest, null, "typo fixed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_latest.Notes, Is.EqualTo("typo fixed"));
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_certification.ExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_certification.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public void CorrectRenewal_WhenOnlyExpiryCorrected_KeepsTheNotes()
    {
        Correct(_latest, SecondExpiry.AddDays(1));

        Assert.That(_latest.Notes, Is.EqualTo("second"));
    }

    [Test]
    public void CorrectRenewal_WhenNotesAreEmpty_ClearsThem()
    {
        Correct(_latest, null, "");

        Assert.That(_latest.Notes, Is.Null);
    }

    [Test]
    public void CorrectRenewal_WhenBothGiven_CorrectsBoth()
    {
        Correct(_older, FirstExpiry.AddDays(2), "both");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_older.NewExpiryDate, Is.EqualTo(FirstExpiry.AddDays(2)));
            Assert.That(_older.Notes, Is.EqualTo("both"));
        }
    }

    [Test]
    public void CorrectRenewal_WhenCorrected_SetsTheRecordsUpdatedAtAndVersionButNotCreatedAt()
    {
        var createdAt = _latest.CreatedAt;
        var versionBefore = _latest.Version;
        Assert.That(_latest.UpdatedAt, Is.Null, "a renewal has no updated_at until it is corrected");

        Correct(_latest, null, "reviewed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_latest.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_latest.CreatedAt, Is.EqualTo(createdAt));
            Assert.That(_latest.Version, Is.Not.EqualTo(versionBefore).And.Not.EqualTo(Guid.Empty));
            Assert.That(_older.UpdatedAt, Is.Null);
        }
    }

    [Test]
    public void CorrectRenewal_WhenValuesCarryOffsets_StoresThemInUtc()
    {
        var corrected = new DateTimeOffset(2031, 6, 1, 3, 0, 0, TimeSpan.FromHours(3));
        var now = new DateTimeOffset(2025, 2, 1, 20, 0, 0, TimeSpan.FromHours(-4));

        _certification.CorrectRenewal(_latest, corrected, null, now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_latest.NewExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(corrected));
            Assert.That(_latest.UpdatedAt!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(_certification.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(_certification.UpdatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public void CorrectRenewal_WhenNeitherFieldGiven_ThrowsEmptyCorrection() =>
        RuleAssert.Broken<CorrectionMustChangeSomething>(() => Correct(_latest, null));

    // The rules of a new renewal apply to the corrected value, against the renewal's own dates.

    [Test]
    public void CorrectRenewal_WhenNewExpiryEqualsThePreviousExpiry_ThrowsMustExtendExpiry() =>
        RuleAssert.Broken<RenewalMustExtendExpiry>(() => Correct(_latest, FirstExpiry));

    [Test]
    public void CorrectRenewal_WhenNewExpiryIsOneTickAfterThePreviousExpiry_Accepts()
    {
        Correct(_latest, FirstExpiry.AddTicks(1));

        Assert.That(_certification.ExpiryDate, Is.EqualTo(FirstExpiry.AddTicks(1)));
    }

    [Test]
    public void CorrectRenewal_WhenOlderNewExpiryEqualsItsPreviousExpiry_ThrowsMustExtendExpiry() =>
        RuleAssert.Broken<RenewalMustExtendExpiry>(() => Correct(_older, OriginalExpiry));

    [Test]
    public void CorrectRenewal_WhenOlderNewExpiryIsOneTickAfterItsPreviousExpiry_Accepts()
    {
        Correct(_older, OriginalExpiry.AddTicks(1));

        Assert.That(_older.NewExpiryDate, Is.EqualTo(OriginalExpiry.AddTicks(1)));
    }

    [Test]
    public void CorrectRenewal_WhenNewExpiryEqualsRenewalDate_ThrowsExpiryNotAfterRenewalDate()
    {
        // Renewed after the certification lapsed, so the renewal date is after the expiry it replaced.
        var lateDate = SecondExpiry.AddMonths(2);
        var late = _certification.Renew(lateDate, lateDate.AddYears(2), "admin-1", null, _clock.GetUtcNow());

        RuleAssert.Broken<NewExpiryMustFollowRenewalDate>(() => Correct(late, lateDate));
    }

    [Test]
    public void CorrectRenewal_WhenNewExpiryIsOneTickAfterRenewalDate_Accepts()
    {
        var lateDate = SecondExpiry.AddMonths(2);
        var late = _certification.Renew(lateDate, lateDate.AddYears(2), "admin-1", null, _clock.GetUtcNow());

        Correct(late, lateDate.AddTicks(1));

        Assert.That(_certification.ExpiryDate, Is.EqualTo(lateDate.AddTicks(1)));
    }

    [Test]
    public void CorrectRenewal_WhenNewExpiryIsIn3000_ThrowsRenewalExpiryDateOutOfRange() =>
        RuleAssert.Broken<NewExpiryDateMustBeSupported>(() => Correct(_latest, FirstOf3000));

    [Test]
    public void CorrectRenewal_WhenNewExpiryIsLastTickOf2999_Accepts()
    {
        Correct(_latest, FirstOf3000.AddTicks(-1));

        Assert.That(_certification.ExpiryDate, Is.EqualTo(FirstOf3000.AddTicks(-1)));
    }

    [Test]
    public void CorrectRenewal_WhenNotesAre2001Characters_ThrowsNotesTooLong() =>
        RuleAssert.Broken<RenewalNotesMustFit>(() => Correct(_latest, null, new string('n', 2001)));

    [Test]
    public void CorrectRenewal_WhenNotesAre2000Characters_Accepts()
    {
        var notes = new string('n', 2000);

        Correct(_latest, null, notes);

        Assert.That(_latest.Notes, Is.EqualTo(notes));
    }

    [Test]
    public void CorrectRenewal_WhenRenewalBelongsToAnotherCertification_ThrowsArgumentException()
    {
        var other = new CertificationBuilder().ForMentor("mentor-other").IssuedAt(IssueDate).ExpiringAt(OriginalExpiry).Build();
        var foreign = other.Renew(FirstRenewalDate, FirstExpiry, "admin-1", null, _clock.GetUtcNow());
        var versionBefore = _certification.Version;

        Assert.That(() => Correct(foreign, SecondExpiry.AddYears(1)), Throws.ArgumentException);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_certification.ExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_certification.Version, Is.EqualTo(versionBefore));
            Assert.That(foreign.NewExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(foreign.UpdatedAt, Is.Null);
        }
    }

    [Test]
    public void CorrectRenewal_WhenRenewalWasRemoved_ThrowsArgumentException()
    {
        _certification.RemoveRenewal(_latest, _clock.GetUtcNow());

        Assert.That(() => Correct(_latest, SecondExpiry.AddYears(1)), Throws.ArgumentException);
        Assert.That(_certification.ExpiryDate, Is.EqualTo(FirstExpiry));
    }

    [Test]
    public void CorrectRenewal_WhenRenewalIsNull_ThrowsArgumentNullException() =>
        Assert.That(() => Correct(null!, SecondExpiry.AddYears(1)), Throws.ArgumentNullException);

    private static IEnumerable<TestCaseData> RefusedCorrections()
    {
        yield return new TestCaseData(null, null).SetArgDisplayNames("empty");
        yield return new TestCaseData((DateTimeOffset?)FirstExpiry, "kept?").SetArgDisplayNames("does not extend");
        yield return new TestCaseData((DateTimeOffset?)FirstOf3000, "kept?").SetArgDisplayNames("expiry out of range");
        yield return new TestCaseData((DateTimeOffset?)SecondExpiry.AddDays(1), new string('n', 2001)).SetArgDisplayNames("notes too long");
    }

    [TestCaseSource(nameof(RefusedCorrections))]
    public void CorrectRenewal_WhenRefused_LeavesTheRenewalAndCertificationUnchanged(DateTimeOffset? newExpiry, string? notes)
    {
        var certificationVersion = _certification.Version;
        var certificationUpdatedAt = _certification.UpdatedAt;
        var renewalVersion = _latest.Version;

        Assert.That(() => Correct(_latest, newExpiry, notes), Throws.InstanceOf<DomainRuleViolationException>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_latest.Notes, Is.EqualTo("second"));
            Assert.That(_latest.UpdatedAt, Is.Null);
            Assert.That(_latest.Version, Is.EqualTo(renewalVersion));
            Assert.That(_certification.ExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(_certification.Version, Is.EqualTo(certificationVersion));
            Assert.That(_certification.UpdatedAt, Is.EqualTo(certificationUpdatedAt));
        }
    }
}
