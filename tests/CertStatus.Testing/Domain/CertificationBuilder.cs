using System.Reflection;
using CertStatus.Domain.Certifications;

namespace CertStatus.Testing.Domain;

/// <summary>
/// Builds a <see cref="Certification"/> that breaks no rule unless a test says otherwise, so each
/// test names only the values its behaviour depends on.
/// </summary>
public sealed class CertificationBuilder
{
    public static readonly DateTimeOffset DefaultIssueDate = new(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DefaultExpiryDate = new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DefaultNow = new(2025, 1, 16, 9, 30, 0, TimeSpan.Zero);

    public const string DefaultMentorId = "mentor-0001";
    public const string DefaultCertificationType = "peer_mentor_standard";
    public const string DefaultProcessedBy = "admin-1";

    private string _mentorId = DefaultMentorId;
    private string _certificationType = DefaultCertificationType;
    private DateTimeOffset _issueDate = DefaultIssueDate;
    private DateTimeOffset _expiryDate = DefaultExpiryDate;
    private DateTimeOffset _now = DefaultNow;
    private readonly List<(DateTimeOffset RenewalDate, DateTimeOffset NewExpiryDate)> _renewals = [];

    public CertificationBuilder ForMentor(string mentorId)
    {
        _mentorId = mentorId;
        return this;
    }

    public CertificationBuilder OfType(string certificationType)
    {
        _certificationType = certificationType;
        return this;
    }

    public CertificationBuilder IssuedAt(DateTimeOffset issueDate)
    {
        _issueDate = issueDate;
        return this;
    }

    public CertificationBuilder ExpiringAt(DateTimeOffset expiryDate)
    {
        _expiryDate = expiryDate;
        return this;
    }

    /// <summary>The moment the certification is recorded (its created_at and updated_at).</summary>
    public CertificationBuilder RecordedAt(DateTimeOffset now)
    {
        _now = now;
        return this;
    }

    /// <summary>Renews the built certification, in the order the calls are made, at the recording moment.</summary>
    public CertificationBuilder RenewedOn(DateTimeOffset renewalDate, DateTimeOffset newExpiryDate)
    {
        _renewals.Add((renewalDate, newExpiryDate));
        return this;
    }

    public Certification Build()
    {
        var certification = Certification.Issue(_mentorId, _certificationType, _issueDate, _expiryDate, _now);
        foreach (var (renewalDate, newExpiryDate) in _renewals)
        {
            certification.Renew(renewalDate, newExpiryDate, DefaultProcessedBy, null, _now);
        }

        return certification;
    }

    /// <summary>
    /// Gives a renewal the number the database would give it when stored (it is 0 until then), so
    /// that tests without a database can name it by its renewal id.
    /// </summary>
    public static Renewal Stored(Renewal renewal, long number)
    {
        var property = typeof(Renewal).GetProperty(nameof(Renewal.Number), BindingFlags.Instance | BindingFlags.Public)
            ?? throw new InvalidOperationException("Renewal.Number not found.");
        property.SetValue(renewal, number);
        return renewal;
    }
}
