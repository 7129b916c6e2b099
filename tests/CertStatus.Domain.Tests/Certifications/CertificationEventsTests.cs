using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Events;

namespace CertStatus.Domain.Tests.Certifications;

/// <summary>The aggregate says what happened as it happens; the metrics count it once it has committed.</summary>
[TestFixture]
public sealed class CertificationEventsTests
{
    private static readonly DateTimeOffset Now = CertificationBuilder.DefaultNow;

    [Test]
    public void Issue_RecordsCertificationIssued() =>
        Assert.That(
            new CertificationBuilder().ForMentor("mentor-7").Build().TakeDomainEvents(),
            Is.EqualTo(new object[] { new CertificationIssued("mentor-7") }));

    [Test]
    public void Renew_RecordsRenewalRecorded()
    {
        var certification = Issued("mentor-8");

        certification.Renew(Now, CertificationBuilder.DefaultExpiryDate.AddYears(1), "admin-1", null, Now);

        Assert.That(certification.TakeDomainEvents(), Is.EqualTo(new object[] { new RenewalRecorded("mentor-8") }));
    }

    [Test]
    public void Delete_RecordsCertificationDeleted()
    {
        var certification = Issued("mentor-9");

        certification.Delete();

        Assert.That(certification.TakeDomainEvents(), Is.EqualTo(new object[] { new CertificationDeleted("mentor-9") }));
    }

    [Test]
    public void ChangesThatAreNotCounted_RecordNothing()
    {
        var certification = Issued("mentor-10");
        var renewal = certification.Renew(Now, CertificationBuilder.DefaultExpiryDate.AddYears(1), "admin-1", null, Now);
        certification.TakeDomainEvents();

        certification.ChangeExpiry(CertificationBuilder.DefaultExpiryDate.AddYears(2), "audit", Now);
        certification.CorrectRenewal(renewal, null, "corrected", Now);
        certification.RemoveRenewal(renewal, Now);

        Assert.That(certification.TakeDomainEvents(), Is.Empty);
    }

    [Test]
    public void TakeDomainEvents_TakesEachEventOnce()
    {
        var certification = new CertificationBuilder().Build();
        certification.TakeDomainEvents();

        Assert.That(certification.TakeDomainEvents(), Is.Empty);
    }

    [Test]
    public void ABrokenRule_RecordsNothing()
    {
        var certification = Issued("mentor-11");

        Assert.That(() => certification.Renew(Now, Now, "admin-1", null, Now), Throws.Exception);
        Assert.That(certification.TakeDomainEvents(), Is.Empty);
    }

    /// <summary>Issued, with its issue already taken, so a test sees only what it did itself.</summary>
    private static Certification Issued(string mentorId)
    {
        var certification = new CertificationBuilder().ForMentor(mentorId).Build();
        certification.TakeDomainEvents();
        return certification;
    }
}
