using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationChangeExpiryTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2028, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp() => _clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));

    private Certification Build() =>
        new CertificationBuilder().IssuedAt(IssueDate).RecordedAt(_clock.GetUtcNow()).Build();

    [Test]
    public void ChangeExpiry_WhenValid_SetsExpiryAndReason()
    {
        var certification = Build();

        certification.ChangeExpiry(NewExpiry, "extended after audit", _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(certification.UpdatedReason, Is.EqualTo("extended after audit"));
            Assert.That(certification.IssueDate, Is.EqualTo(IssueDate));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(IssueDate));
        }
    }

    [Test]
    public void ChangeExpiry_WhenValid_ChangesVersion()
    {
        var certification = Build();
        var before = certification.Version;

        certification.ChangeExpiry(NewExpiry, "extended", _clock.GetUtcNow());

        Assert.That(certification.Version, Is.Not.EqualTo(before).And.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void ChangeExpiry_WhenTimeHasPassed_MovesUpdatedAtButNotCreatedAt()
    {
        var certification = Build();
        var createdAt = certification.CreatedAt;
        _clock.Advance(TimeSpan.FromHours(5));

        certification.ChangeExpiry(NewExpiry, "extended", _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.UpdatedAt, Is.EqualTo(createdAt.AddHours(5)));
            Assert.That(certification.CreatedAt, Is.EqualTo(createdAt));
        }
    }

    [Test]
    public void ChangeExpiry_WhenValuesCarryOffsets_StoresThemInUtc()
    {
        var certification = Build();
        var newExpiry = new DateTimeOffset(2028, 1, 15, 3, 0, 0, TimeSpan.FromHours(3));
        var now = new DateTimeOffset(2025, 2, 1, 20, 0, 0, TimeSpan.FromHours(-4));

        certification.ChangeExpiry(newExpiry, "extended", now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.ExpiryDate.UtcDateTime, Is.EqualTo(new DateTime(2028, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
            Assert.That(certification.UpdatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.UpdatedAt.UtcDateTime, Is.EqualTo(new DateTime(2025, 2, 2, 0, 0, 0, DateTimeKind.Utc)));
        }
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\t\n ")]
    public void ChangeExpiry_WhenReasonIsBlank_ThrowsInvalidUpdatedReason(string reason)
    {
        var certification = Build();

        RuleAssert.Broken<UpdatedReasonMustBeGiven>(() => certification.ChangeExpiry(NewExpiry, reason, _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenReasonIsNull_ThrowsInvalidUpdatedReason()
    {
        var certification = Build();

        RuleAssert.Broken<UpdatedReasonMustBeGiven>(() => certification.ChangeExpiry(NewExpiry, null!, _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenReasonIs201Characters_ThrowsInvalidUpdatedReason()
    {
        var certification = Build();

        RuleAssert.Broken<UpdatedReasonMustBeGiven>(
            () => certification.ChangeExpiry(NewExpiry, new string('r', 201), _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenReasonIs200Characters_Accepts()
    {
        var certification = Build();
        var reason = new string('r', 200);

        certification.ChangeExpiry(NewExpiry, reason, _clock.GetUtcNow());

        Assert.That(certification.UpdatedReason, Is.EqualTo(reason));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryEqualsIssue_ThrowsExpiryNotAfterIssue()
    {
        var certification = Build();

        RuleAssert.Broken<ExpiryMustFollowIssue>(() => certification.ChangeExpiry(IssueDate, "shorten", _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryIsBeforeIssue_ThrowsExpiryNotAfterIssue()
    {
        var certification = Build();

        RuleAssert.Broken<ExpiryMustFollowIssue>(
            () => certification.ChangeExpiry(IssueDate.AddYears(-1), "shorten", _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryIsOneTickAfterIssue_Accepts()
    {
        var certification = Build();

        certification.ChangeExpiry(IssueDate.AddTicks(1), "shorten", _clock.GetUtcNow());

        Assert.That(certification.ExpiryDate, Is.EqualTo(IssueDate.AddTicks(1)));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryIsIn3000_ThrowsExpiryDateOutOfRange()
    {
        var certification = Build();

        RuleAssert.Broken<ExpiryDateMustBeSupported>(
            () => certification.ChangeExpiry(new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero), "extend", _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryIsLastTickOf2999_Accepts()
    {
        var certification = Build();
        var lastTick = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);

        certification.ChangeExpiry(lastTick, "extend", _clock.GetUtcNow());

        Assert.That(certification.ExpiryDate, Is.EqualTo(lastTick));
    }

    [Test]
    public void ChangeExpiry_WhenNewExpiryIsIn1899_ThrowsExpiryDateOutOfRange()
    {
        var certification = new CertificationBuilder().IssuedAt(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero)).Build();

        RuleAssert.Broken<ExpiryDateMustBeSupported>(
            () => certification.ChangeExpiry(new DateTimeOffset(1899, 12, 31, 0, 0, 0, TimeSpan.Zero), "shorten", _clock.GetUtcNow()));
    }

    [Test]
    public void ChangeExpiry_WhenRefused_LeavesTheCertificationUnchanged()
    {
        var certification = Build();
        var expiryBefore = certification.ExpiryDate;
        var versionBefore = certification.Version;
        var updatedAtBefore = certification.UpdatedAt;
        _clock.Advance(TimeSpan.FromHours(1));

        RuleAssert.Broken<ExpiryMustFollowIssue>(() => certification.ChangeExpiry(IssueDate, "shorten", _clock.GetUtcNow()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(expiryBefore));
            Assert.That(certification.Version, Is.EqualTo(versionBefore));
            Assert.That(certification.UpdatedAt, Is.EqualTo(updatedAtBefore));
            Assert.That(certification.UpdatedReason, Is.Null);
        }
    }
}
