using CertStatus.Application.Certifications;
using CertStatus.Testing.Domain;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Application.Tests.Certifications;

[TestFixture]
public sealed class CertificationMapperTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expiry = new(2025, 12, 31, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RecordedAt = new(2025, 1, 11, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void ToResponse_WhenCalled_CopiesTheStoredFields()
    {
        var certification = new CertificationBuilder()
            .ForMentor("mentor-8")
            .OfType("peer_mentor_advanced")
            .IssuedAt(IssueDate)
            .ExpiringAt(Expiry)
            .RecordedAt(RecordedAt)
            .Build();
        var clock = new FakeTimeProvider(RecordedAt);
        clock.Advance(TimeSpan.FromDays(1));
        certification.ChangeExpiry(Expiry.AddDays(30), "audit passed", clock.GetUtcNow());

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-8"));
            Assert.That(response.CertificationType, Is.EqualTo("peer_mentor_advanced"));
            Assert.That(response.IssueDate, Is.EqualTo(IssueDate));
            Assert.That(response.ExpiryDate, Is.EqualTo(Expiry.AddDays(30)));
            Assert.That(response.LastRenewalDate, Is.EqualTo(IssueDate));
            Assert.That(response.UpdatedReason, Is.EqualTo("audit passed"));
            Assert.That(response.CreatedAt, Is.EqualTo(RecordedAt));
            Assert.That(response.UpdatedAt, Is.EqualTo(RecordedAt.AddDays(1)));
        }
    }

    [Test]
    public void ToResponse_WhenBeforeExpiry_ComputesNotExpiredAndWholeDaysLeft()
    {
        var certification = new CertificationBuilder().IssuedAt(IssueDate).ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry.AddDays(-5).AddTicks(1));

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsExpired, Is.False);
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(4));
        }
    }

    [Test]
    public void ToResponse_WhenAtExpiry_ComputesExpiredAndZeroDays()
    {
        var certification = new CertificationBuilder().IssuedAt(IssueDate).ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry);

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsExpired, Is.True);
            Assert.That(response.DaysUntilExpiry, Is.Zero);
        }
    }

    [Test]
    public void ToResponse_WhenLongExpired_ComputesNegativeDays()
    {
        var certification = new CertificationBuilder().IssuedAt(IssueDate).ExpiringAt(Expiry).Build();
        var clock = new FakeTimeProvider(Expiry.AddDays(10).AddHours(1));

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsExpired, Is.True);
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(-11));
        }
    }

    [Test]
    public void ToResponse_WhenCalled_CarriesTheStoredVersion()
    {
        var certification = new CertificationBuilder().Build();

        var response = certification.ToResponse(RecordedAt);

        Assert.That(response.Version, Is.EqualTo(certification.Version).And.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void ToResponse_WhenTheVersionChanges_CarriesTheNewVersion()
    {
        var certification = new CertificationBuilder().IssuedAt(IssueDate).Build();
        var before = certification.ToResponse(RecordedAt).Version;

        certification.ChangeExpiry(Expiry.AddDays(1), "extend", RecordedAt);

        Assert.That(certification.ToResponse(RecordedAt).Version, Is.Not.EqualTo(before).And.EqualTo(certification.Version));
    }
}
