using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationIssueTests
{
    private static readonly string SixtyFourChars = "a" + new string('b', 63);
    private static readonly string SixtyFiveChars = "a" + new string('b', 64);

    [Test]
    public void Issue_WhenEveryRuleHolds_RecordsTheGivenValues()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var issueDate = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var expiryDate = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

        var certification = Certification.Issue("Mentor-42", "peer_mentor_advanced", issueDate, expiryDate, clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.MentorId, Is.EqualTo("Mentor-42"));
            Assert.That(certification.CertificationType, Is.EqualTo("peer_mentor_advanced"));
            Assert.That(certification.IssueDate, Is.EqualTo(issueDate));
            Assert.That(certification.ExpiryDate, Is.EqualTo(expiryDate));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(issueDate));
            Assert.That(certification.UpdatedReason, Is.Null);
            Assert.That(certification.CreatedAt, Is.EqualTo(clock.GetUtcNow()));
            Assert.That(certification.UpdatedAt, Is.EqualTo(clock.GetUtcNow()));
            Assert.That(certification.Version, Is.Not.EqualTo(Guid.Empty));
        }
    }

    [Test]
    public void Issue_WhenCalledTwice_GivesEachCertificationItsOwnVersion()
    {
        var first = new CertificationBuilder().Build();
        var second = new CertificationBuilder().Build();

        Assert.That(second.Version, Is.Not.EqualTo(first.Version));
    }

    [Test]
    public void Issue_WhenValuesCarryOffsets_StoresThemInUtc()
    {
        var plusTwo = TimeSpan.FromHours(2);
        var issueDate = new DateTimeOffset(2025, 2, 1, 1, 0, 0, plusTwo);
        var expiryDate = new DateTimeOffset(2026, 2, 1, 1, 0, 0, TimeSpan.FromHours(-5));
        var now = new DateTimeOffset(2025, 2, 1, 12, 0, 0, TimeSpan.FromHours(9));

        var certification = new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(expiryDate).RecordedAt(now).Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.IssueDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.IssueDate.UtcDateTime, Is.EqualTo(new DateTime(2025, 1, 31, 23, 0, 0, DateTimeKind.Utc)));
            Assert.That(certification.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.ExpiryDate.UtcDateTime, Is.EqualTo(new DateTime(2026, 2, 1, 6, 0, 0, DateTimeKind.Utc)));
            Assert.That(certification.LastRenewalDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.CreatedAt.UtcDateTime, Is.EqualTo(new DateTime(2025, 2, 1, 3, 0, 0, DateTimeKind.Utc)));
            Assert.That(certification.UpdatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    // ---- mentor id ----

    [TestCase("a")]
    [TestCase("Z")]
    [TestCase("7")]
    [TestCase("mentor-1")]
    [TestCase("Mentor.Name_01-x")]
    [TestCase("a.")]
    [TestCase("a_")]
    [TestCase("a-")]
    [TestCase("0-._")]
    public void Issue_WhenMentorIdHasOnlyAllowedCharacters_Accepts(string mentorId)
    {
        var certification = new CertificationBuilder().ForMentor(mentorId).Build();

        Assert.That(certification.MentorId, Is.EqualTo(mentorId));
    }

    [Test]
    public void Issue_WhenMentorIdIsSixtyFourCharacters_Accepts()
    {
        var certification = new CertificationBuilder().ForMentor(SixtyFourChars).Build();

        Assert.That(certification.MentorId, Has.Length.EqualTo(64));
    }

    [Test]
    public void Issue_WhenMentorIdIsSixtyFiveCharacters_ThrowsInvalidMentorId() =>
        RuleAssert.Broken<MentorIdMustBeValid>(() => new CertificationBuilder().ForMentor(SixtyFiveChars).Build());

    [TestCase("")]
    [TestCase("-mentor")]
    [TestCase(".mentor")]
    [TestCase("_mentor")]
    [TestCase(" mentor")]
    [TestCase("mentor 1")]
    [TestCase("mentor/1")]
    [TestCase("mentor@1")]
    [TestCase("mentor+1")]
    [TestCase("mentör")]
    [TestCase("mentor\t")]
    public void Issue_WhenMentorIdBreaksFormat_ThrowsInvalidMentorId(string mentorId) =>
        RuleAssert.Broken<MentorIdMustBeValid>(() => new CertificationBuilder().ForMentor(mentorId).Build());

    [Test]
    public void Issue_WhenMentorIdIsNull_ThrowsInvalidMentorId() =>
        RuleAssert.Broken<MentorIdMustBeValid>(() => new CertificationBuilder().ForMentor(null!).Build());

    [TestCase("mentor-1\n")]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl\n")]
    public void Issue_WhenMentorIdEndsWithNewline_ThrowsInvalidMentorId(string mentorId) =>
        RuleAssert.Broken<MentorIdMustBeValid>(() => new CertificationBuilder().ForMentor(mentorId).Build());

    // ---- certification type ----

    [TestCase("peer_mentor_standard")]
    [TestCase("peer_mentor_advanced")]
    [TestCase("a")]
    [TestCase("0")]
    [TestCase("level_2_")]
    public void Issue_WhenCertificationTypeIsLowerCaseWords_Accepts(string certificationType)
    {
        var certification = new CertificationBuilder().OfType(certificationType).Build();

        Assert.That(certification.CertificationType, Is.EqualTo(certificationType));
    }

    [Test]
    public void Issue_WhenCertificationTypeIsSixtyFourCharacters_Accepts()
    {
        var certification = new CertificationBuilder().OfType(SixtyFourChars).Build();

        Assert.That(certification.CertificationType, Has.Length.EqualTo(64));
    }

    [Test]
    public void Issue_WhenCertificationTypeIsSixtyFiveCharacters_ThrowsInvalidCertificationType() =>
        RuleAssert.Broken<CertificationTypeMustBeValid>(() => new CertificationBuilder().OfType(SixtyFiveChars).Build());

    [TestCase("")]
    [TestCase("_peer")]
    [TestCase("Peer_mentor_standard")]
    [TestCase("PEER")]
    [TestCase("peer-mentor")]
    [TestCase("peer.mentor")]
    [TestCase("peer mentor")]
    public void Issue_WhenCertificationTypeBreaksFormat_ThrowsInvalidCertificationType(string certificationType) =>
        RuleAssert.Broken<CertificationTypeMustBeValid>(() => new CertificationBuilder().OfType(certificationType).Build());

    [Test]
    public void Issue_WhenCertificationTypeIsNull_ThrowsInvalidCertificationType() =>
        RuleAssert.Broken<CertificationTypeMustBeValid>(() => new CertificationBuilder().OfType(null!).Build());

    [Test]
    public void Issue_WhenCertificationTypeEndsWithNewline_ThrowsInvalidCertificationType() =>
        RuleAssert.Broken<CertificationTypeMustBeValid>(() => new CertificationBuilder().OfType("peer_mentor_standard\n").Build());

    // ---- expiry after issue ----

    [Test]
    public void Issue_WhenExpiryEqualsIssue_ThrowsExpiryNotAfterIssue()
    {
        var issueDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

        RuleAssert.Broken<ExpiryMustFollowIssue>(
            () => new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate).Build());
    }

    [Test]
    public void Issue_WhenExpiryIsTheSameInstantInAnotherOffset_ThrowsExpiryNotAfterIssue()
    {
        var issueDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var sameInstant = new DateTimeOffset(2025, 5, 1, 2, 0, 0, TimeSpan.FromHours(2));

        RuleAssert.Broken<ExpiryMustFollowIssue>(
            () => new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(sameInstant).Build());
    }

    [Test]
    public void Issue_WhenExpiryIsBeforeIssue_ThrowsExpiryNotAfterIssue()
    {
        var issueDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

        RuleAssert.Broken<ExpiryMustFollowIssue>(
            () => new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate.AddDays(-1)).Build());
    }

    [Test]
    public void Issue_WhenExpiryIsOneTickAfterIssue_Accepts()
    {
        var issueDate = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

        var certification = new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate.AddTicks(1)).Build();

        Assert.That(certification.ExpiryDate - certification.IssueDate, Is.EqualTo(TimeSpan.FromTicks(1)));
    }

    // ---- supported years ----

    [Test]
    public void Issue_WhenIssueDateIsFirstInstantOf1900_Accepts()
    {
        var issueDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var certification = new CertificationBuilder().IssuedAt(issueDate).Build();

        Assert.That(certification.IssueDate, Is.EqualTo(issueDate));
    }

    [Test]
    public void Issue_WhenIssueDateIsLastTickOf1899_ThrowsIssueDateOutOfRange() =>
        RuleAssert.Broken<IssueDateMustBeSupported>(
            () => new CertificationBuilder().IssuedAt(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1)).Build());

    [Test]
    public void Issue_WhenIssueDateIsIn2999_Accepts()
    {
        var issueDate = new DateTimeOffset(2999, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var certification = new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate.AddDays(30)).Build();

        Assert.That(certification.IssueDate, Is.EqualTo(issueDate));
    }

    [Test]
    public void Issue_WhenIssueDateIsIn3000_ThrowsIssueDateOutOfRange()
    {
        var issueDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        RuleAssert.Broken<IssueDateMustBeSupported>(
            () => new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate.AddDays(30)).Build());
    }

    [Test]
    public void Issue_WhenExpiryDateIsIn1900_Accepts()
    {
        var issueDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var expiryDate = new DateTimeOffset(1900, 12, 31, 0, 0, 0, TimeSpan.Zero);

        var certification = new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(expiryDate).Build();

        Assert.That(certification.ExpiryDate, Is.EqualTo(expiryDate));
    }

    [Test]
    public void Issue_WhenExpiryDateIsIn1899_ThrowsExpiryDateOutOfRange()
    {
        var issueDate = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

        RuleAssert.Broken<ExpiryDateMustBeSupported>(
            () => new CertificationBuilder().IssuedAt(issueDate).ExpiringAt(issueDate.AddTicks(-1)).Build());
    }

    [Test]
    public void Issue_WhenExpiryDateIsLastTickOf2999_Accepts()
    {
        var expiryDate = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);

        var certification = new CertificationBuilder().ExpiringAt(expiryDate).Build();

        Assert.That(certification.ExpiryDate, Is.EqualTo(expiryDate));
    }

    [Test]
    public void Issue_WhenExpiryDateIsFirstInstantOf3000_ThrowsExpiryDateOutOfRange() =>
        RuleAssert.Broken<ExpiryDateMustBeSupported>(
            () => new CertificationBuilder().ExpiringAt(new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero)).Build());

    [Test]
    public void Issue_WhenIssueDateIn1900LocallyIs1899InUtc_ThrowsIssueDateOutOfRange()
    {
        // The years are checked on the UTC value, the one that is stored and returned.
        var issueDate = new DateTimeOffset(1900, 1, 1, 0, 30, 0, TimeSpan.FromHours(1));

        RuleAssert.Broken<IssueDateMustBeSupported>(() => new CertificationBuilder().IssuedAt(issueDate).Build());
    }
}
