using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Domain.Tests.Certifications;

[TestFixture]
public sealed class CertificationExpiryStatusTests
{
    private static readonly DateTimeOffset Expiry = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [TestCase(-1L, false)]
    [TestCase(0L, true)]
    [TestCase(1L, true)]
    [TestCase(-TimeSpan.TicksPerDay, false)]
    [TestCase(TimeSpan.TicksPerDay, true)]
    public void IsExpiredAt_WhenNowIsOffsetFromExpiry_ReturnsWhetherNowIsAtOrAfterExpiry(long ticksFromExpiry, bool expected)
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry.AddTicks(ticksFromExpiry));

        Assert.That(certification.IsExpiredAt(clock.GetUtcNow()), Is.EqualTo(expected));
    }

    [Test]
    public void IsExpiredAt_WhenClockReachesExpiry_TurnsTrue()
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry.AddTicks(-1));
        var oneTickBefore = certification.IsExpiredAt(clock.GetUtcNow());

        clock.Advance(TimeSpan.FromTicks(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(oneTickBefore, Is.False);
            Assert.That(certification.IsExpiredAt(clock.GetUtcNow()), Is.True);
        }
    }

    [Test]
    public void IsExpiredAt_WhenNowIsExpiryInAnotherOffset_ReturnsTrue()
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();

        Assert.That(certification.IsExpiredAt(Expiry.ToOffset(TimeSpan.FromHours(-8))), Is.True);
    }

    [TestCase(-2 * TimeSpan.TicksPerDay - 1, 2)]
    [TestCase(-2 * TimeSpan.TicksPerDay, 2)]
    [TestCase(-2 * TimeSpan.TicksPerDay + 1, 1)]
    [TestCase(-TimeSpan.TicksPerDay - 1, 1)]
    [TestCase(-TimeSpan.TicksPerDay, 1)]
    [TestCase(-TimeSpan.TicksPerDay + 1, 0)]
    [TestCase(-1L, 0)]
    [TestCase(0L, 0)]
    [TestCase(1L, -1)]
    [TestCase(TimeSpan.TicksPerDay - 1, -1)]
    [TestCase(TimeSpan.TicksPerDay, -1)]
    [TestCase(TimeSpan.TicksPerDay + 1, -2)]
    public void DaysUntilExpiryAt_WhenNowIsOffsetFromExpiry_ReturnsWholeDaysRoundedDown(long ticksFromExpiry, int expected)
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry.AddTicks(ticksFromExpiry));

        Assert.That(certification.DaysUntilExpiryAt(clock.GetUtcNow()), Is.EqualTo(expected));
    }

    [Test]
    public void DaysUntilExpiryAt_WhenOneTickPastExpiry_ReturnsMinusOne()
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry);

        clock.Advance(TimeSpan.FromTicks(1));

        Assert.That(certification.DaysUntilExpiryAt(clock.GetUtcNow()), Is.EqualTo(-1));
    }

    [Test]
    public void DaysUntilExpiryAt_WhenYearsAhead_CountsEveryDay()
    {
        var issue = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var expiry = new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);
        var certification = new CertificationBuilder().IssuedAt(issue).ExpiringAt(expiry).Build();

        Assert.That(certification.DaysUntilExpiryAt(issue), Is.EqualTo((int)((expiry - issue).Ticks / TimeSpan.TicksPerDay)));
    }

    [Test]
    public void DaysUntilExpiryAt_WhenNowCarriesAnOffset_CountsFromTheSameInstant()
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        var justUnderTwoDaysBefore = Expiry.AddDays(-2).AddTicks(1);

        Assert.That(
            certification.DaysUntilExpiryAt(justUnderTwoDaysBefore.ToOffset(TimeSpan.FromHours(14))),
            Is.EqualTo(1));
    }
}
