using CertStatus.Application.Renewals;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;

namespace CertStatus.Application.Tests.Renewals;

[TestFixture]
public sealed class RenewalMapperTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2025, 12, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RecordedAt = new(2025, 12, 21, 9, 0, 0, TimeSpan.Zero);

    private static (Certification Certification, Renewal Renewal) Renewed()
    {
        var certification = new CertificationBuilder()
            .ForMentor("mentor-8")
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(IssueDate)
            .Build();
        var renewal = certification.Renew(RenewalDate, NewExpiry, "admin-2", "renewed on time", RecordedAt);
        return (certification, renewal);
    }

    [Test]
    public void ToResponse_WhenCalled_CopiesTheStoredFields()
    {
        var (_, renewal) = Renewed();

        var response = renewal.ToResponse();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-8"));
            Assert.That(response.RenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(response.NewExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(response.PreviousExpiryDate, Is.EqualTo(OriginalExpiry));
            Assert.That(response.ProcessedBy, Is.EqualTo("admin-2"));
            Assert.That(response.Notes, Is.EqualTo("renewed on time"));
            Assert.That(response.CreatedAt, Is.EqualTo(RecordedAt));
            Assert.That(response.UpdatedAt, Is.Null);
        }
    }

    [TestCase(42L, "renewal-0042")]
    [TestCase(12345L, "renewal-12345")]
    public void ToResponse_WhenStored_NamesTheRenewalByItsNumber(long number, string expected)
    {
        var (_, renewal) = Renewed();
        CertificationBuilder.Stored(renewal, number);

        Assert.That(renewal.ToResponse().RenewalId, Is.EqualTo(expected));
    }

    [Test]
    public void ToResponse_WhenCalled_CarriesTheStoredVersion()
    {
        var (_, renewal) = Renewed();

        var response = renewal.ToResponse();

        Assert.That(response.Version, Is.EqualTo(renewal.Version).And.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public void ToResponse_WhenCorrected_CarriesTheNewVersionAndSetsUpdatedAt()
    {
        var (certification, renewal) = Renewed();
        var before = renewal.ToResponse().Version;

        certification.CorrectRenewal(renewal, null, "typo", RecordedAt.AddHours(1));

        var after = renewal.ToResponse();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Version, Is.Not.EqualTo(before).And.EqualTo(renewal.Version));
            Assert.That(after.UpdatedAt, Is.EqualTo(RecordedAt.AddHours(1)));
            Assert.That(after.Notes, Is.EqualTo("typo"));
        }
    }
}
