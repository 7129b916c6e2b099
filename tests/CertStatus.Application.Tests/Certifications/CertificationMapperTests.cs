using System.Text.RegularExpressions;
using CertStatus.Application.Certifications;
using CertStatus.Domain.Tests.Certifications;
using Microsoft.Extensions.Time.Testing;

namespace CertStatus.Application.Tests.Certifications;

[TestFixture]
public sealed partial class CertificationMapperTests
{
    private static readonly DateTimeOffset _issueDate = new(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _expiry = new(2025, 12, 31, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _recordedAt = new(2025, 1, 11, 9, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("^\"[0-9a-f]{32}\"\\z")]
    private static partial Regex StrongETag();

    [Test]
    public void ToResponse_WhenCalled_CopiesTheStoredFields()
    {
        var certification = new CertificationBuilder()
            .ForMentor("mentor-8")
            .OfType("peer_mentor_advanced")
            .IssuedAt(_issueDate)
            .ExpiringAt(_expiry)
            .RecordedAt(_recordedAt)
            .Build();
        var clock = new FakeTimeProvider(_recordedAt);
        clock.Advance(TimeSpan.FromDays(1));
        certification.ChangeExpiry(_expiry.AddDays(30), "audit passed", clock.GetUtcNow());

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-8"));
            Assert.That(response.CertificationType, Is.EqualTo("peer_mentor_advanced"));
            Assert.That(response.IssueDate, Is.EqualTo(_issueDate));
            Assert.That(response.ExpiryDate, Is.EqualTo(_expiry.AddDays(30)));
            Assert.That(response.LastRenewalDate, Is.EqualTo(_issueDate));
            Assert.That(response.UpdatedReason, Is.EqualTo("audit passed"));
            Assert.That(response.CreatedAt, Is.EqualTo(_recordedAt));
            Assert.That(response.UpdatedAt, Is.EqualTo(_recordedAt.AddDays(1)));
        }
    }

    [Test]
    public void ToResponse_WhenBeforeExpiry_ComputesNotExpiredAndWholeDaysLeft()
    {
        var certification = new CertificationBuilder().IssuedAt(_issueDate).ExpiringAt(_expiry).Build();
        var clock = new FakeTimeProvider(_expiry.AddDays(-5).AddTicks(1));

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
        var certification = new CertificationBuilder().IssuedAt(_issueDate).ExpiringAt(_expiry).Build();
        var clock = new FakeTimeProvider(_expiry);

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
        var certification = new CertificationBuilder().IssuedAt(_issueDate).ExpiringAt(_expiry).Build();
        var clock = new FakeTimeProvider(_expiry.AddDays(10).AddHours(1));

        var response = certification.ToResponse(clock.GetUtcNow());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsExpired, Is.True);
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(-11));
        }
    }

    [Test]
    public void ToResponse_WhenCalled_NamesTheVersionAsAStrongETag()
    {
        var certification = new CertificationBuilder().Build();

        var response = certification.ToResponse(_recordedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ETag, Does.Match(StrongETag()));
            Assert.That(response.ETag, Is.EqualTo($"\"{certification.Version:N}\""));
        }
    }

    [Test]
    public void ToResponse_WhenTheVersionChanges_ChangesTheETag()
    {
        var certification = new CertificationBuilder().IssuedAt(_issueDate).Build();
        var before = certification.ToResponse(_recordedAt).ETag;

        certification.ChangeExpiry(_expiry.AddDays(1), "extend", _recordedAt);

        Assert.That(certification.ToResponse(_recordedAt).ETag, Is.Not.EqualTo(before).And.Match(StrongETag()));
    }
}
