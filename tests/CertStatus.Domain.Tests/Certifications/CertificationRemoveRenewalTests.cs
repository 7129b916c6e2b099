using CertStatus.Domain.Certifications;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationRemoveRenewalTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstRenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstExpiry = new(2029, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondRenewalDate = new(2028, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondExpiry = new(2031, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp() => _clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));

    private Certification Build() =>
        new CertificationBuilder()
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(_clock.GetUtcNow())
            .Build();

    private Renewal Renew(Certification certification, DateTimeOffset renewalDate, DateTimeOffset newExpiry) =>
        certification.Renew(renewalDate, newExpiry, "admin-1", null, _clock.GetUtcNow());

    [Test]
    public void RemoveRenewal_WhenLatest_RestoresItsPreviousExpiryAndThePreviousRenewalDate()
    {
        var certification = Build();
        var older = Renew(certification, FirstRenewalDate, FirstExpiry);
        var latest = Renew(certification, SecondRenewalDate, SecondExpiry);

        certification.RemoveRenewal(latest, _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(FirstRenewalDate));
            Assert.That(certification.Renewals, Is.EqualTo(new[] { older }));
        }
    }

    [Test]
    public void RemoveRenewal_WhenTheOnlyRenewal_RestoresTheOriginalExpiryAndTheIssueDate()
    {
        var certification = Build();
        var only = Renew(certification, FirstRenewalDate, FirstExpiry);

        certification.RemoveRenewal(only, _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(OriginalExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(IssueDate));
            Assert.That(certification.Renewals, Is.Empty);
        }
    }

    [Test]
    public void RemoveRenewal_WhenLatest_ChangesVersionAndMovesUpdatedAt()
    {
        var certification = Build();
        var latest = Renew(certification, FirstRenewalDate, FirstExpiry);
        var versionBefore = certification.Version;
        var createdAt = certification.CreatedAt;
        _clock.Advance(TimeSpan.FromHours(4));

        certification.RemoveRenewal(latest, _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.Version, Is.Not.EqualTo(versionBefore).And.Not.EqualTo(Guid.Empty));
            Assert.That(certification.UpdatedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(certification.CreatedAt, Is.EqualTo(createdAt));
        }
    }

    [Test]
    public void RemoveRenewal_WhenOlder_RemovesOnlyTheRecord()
    {
        var certification = Build();
        var older = Renew(certification, FirstRenewalDate, FirstExpiry);
        var latest = Renew(certification, SecondRenewalDate, SecondExpiry);
        var versionBefore = certification.Version;

        certification.RemoveRenewal(older, _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(SecondExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(SecondRenewalDate));
            Assert.That(certification.Renewals, Is.EqualTo(new[] { latest }));
            Assert.That(latest.PreviousExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public void RemoveRenewal_WhenOlderThenLatest_RestoresTheLatestsPreviousExpiryAndTheIssueDate()
    {
        var certification = Build();
        var older = Renew(certification, FirstRenewalDate, FirstExpiry);
        var latest = Renew(certification, SecondRenewalDate, SecondExpiry);

        certification.RemoveRenewal(older, _clock.GetUtcNow());
        certification.RemoveRenewal(latest, _clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(IssueDate));
            Assert.That(certification.Renewals, Is.Empty);
        }
    }

    [Test]
    public void RemoveRenewal_WhenSeveralRemovedInReverseOrder_BringsTheOriginalExpiryBackExactly()
    {
        // Sub-second ticks and an offset: nothing may be rounded or shifted on the way back.
        var originalExpiry = new DateTimeOffset(2027, 1, 15, 10, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        var certification = new CertificationBuilder().IssuedAt(IssueDate).ExpiringAt(originalExpiry).Build();
        var expiryBefore = certification.ExpiryDate;
        var renewals = new List<Renewal>();
        var expiry = originalExpiry;
        for (var i = 0; i < 5; i++)
        {
            var renewalDate = expiry.AddDays(-10);
            expiry = expiry.AddYears(1).AddTicks(7);
            renewals.Add(Renew(certification, renewalDate, expiry));
        }

        Assert.That(certification.ExpiryDate, Is.EqualTo(expiry));
        for (var i = renewals.Count - 1; i >= 0; i--)
        {
            certification.RemoveRenewal(renewals[i], _clock.GetUtcNow());
            var expected = i == 0 ? expiryBefore : renewals[i - 1].NewExpiryDate;
            Assert.That(certification.ExpiryDate, Is.EqualTo(expected), $"after removing renewal {i}");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate.UtcTicks, Is.EqualTo(originalExpiry.UtcTicks));
            Assert.That(certification.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(IssueDate));
            Assert.That(certification.Renewals, Is.Empty);
        }
    }

    [Test]
    public void RemoveRenewal_WhenLatestRemoved_TheNextRenewalMustExtendTheRestoredExpiry()
    {
        var certification = Build();
        Renew(certification, FirstRenewalDate, FirstExpiry);
        var latest = Renew(certification, SecondRenewalDate, SecondExpiry);
        certification.RemoveRenewal(latest, _clock.GetUtcNow());

        var next = Renew(certification, SecondRenewalDate, FirstExpiry.AddTicks(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.PreviousExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.ExpiryDate, Is.EqualTo(FirstExpiry.AddTicks(1)));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(SecondRenewalDate));
        }
    }

    [Test]
    public void RemoveRenewal_WhenRenewalBelongsToAnotherCertification_ThrowsArgumentExceptionAndChangesNothing()
    {
        var certification = Build();
        var own = Renew(certification, FirstRenewalDate, FirstExpiry);
        var other = new CertificationBuilder().ForMentor("mentor-other").IssuedAt(IssueDate).ExpiringAt(OriginalExpiry).Build();
        var foreign = Renew(other, FirstRenewalDate, SecondExpiry);
        var versionBefore = certification.Version;
        var updatedAtBefore = certification.UpdatedAt;
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.That(() => certification.RemoveRenewal(foreign, _clock.GetUtcNow()), Throws.ArgumentException);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.LastRenewalDate, Is.EqualTo(FirstRenewalDate));
            Assert.That(certification.Version, Is.EqualTo(versionBefore));
            Assert.That(certification.UpdatedAt, Is.EqualTo(updatedAtBefore));
            Assert.That(certification.Renewals, Is.EqualTo(new[] { own }));
            Assert.That(other.Renewals, Is.EqualTo(new[] { foreign }));
        }
    }

    [Test]
    public void RemoveRenewal_WhenAlreadyRemoved_ThrowsArgumentExceptionAndChangesNothing()
    {
        var certification = Build();
        Renew(certification, FirstRenewalDate, FirstExpiry);
        var latest = Renew(certification, SecondRenewalDate, SecondExpiry);
        certification.RemoveRenewal(latest, _clock.GetUtcNow());
        var versionBefore = certification.Version;

        Assert.That(() => certification.RemoveRenewal(latest, _clock.GetUtcNow()), Throws.ArgumentException);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(certification.ExpiryDate, Is.EqualTo(FirstExpiry));
            Assert.That(certification.Version, Is.EqualTo(versionBefore));
        }
    }

    [Test]
    public void RemoveRenewal_WhenRenewalIsNull_ThrowsArgumentNullException()
    {
        var certification = Build();

        Assert.That(() => certification.RemoveRenewal(null!, _clock.GetUtcNow()), Throws.ArgumentNullException);
    }
}
