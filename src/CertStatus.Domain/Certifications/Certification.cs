namespace CertStatus.Domain.Certifications;

/// <summary>
/// A mentor's certification: the aggregate root that owns its expiry and every rule that moves it.
/// All instants are held in UTC.
/// </summary>
public sealed class Certification
{
    /// <summary>For EF Core, which sets the properties itself.</summary>
    private Certification()
    {
        MentorId = null!;
        CertificationType = null!;
    }

    private Certification(
        string mentorId,
        string certificationType,
        DateTimeOffset issueDate,
        DateTimeOffset expiryDate,
        DateTimeOffset now)
    {
        MentorId = mentorId;
        CertificationType = certificationType;
        IssueDate = issueDate;
        ExpiryDate = expiryDate;
        LastRenewalDate = issueDate;
        CreatedAt = now;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    public string MentorId { get; private set; }

    public string CertificationType { get; private set; }

    public DateTimeOffset IssueDate { get; private set; }

    public DateTimeOffset ExpiryDate { get; private set; }

    /// <summary>The renewal date of the latest renewal, or the issue date while there is none.</summary>
    public DateTimeOffset LastRenewalDate { get; private set; }

    /// <summary>The reason given with the last direct change of the expiry date.</summary>
    public string? UpdatedReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Changes with every state change; guards against lost updates and names the stored version.</summary>
    public Guid Version { get; private set; }

    public static Certification Issue(
        string mentorId,
        string certificationType,
        DateTimeOffset issueDate,
        DateTimeOffset expiryDate,
        DateTimeOffset now)
    {
        if (!CertificationRules.IsValidIdentifier(mentorId))
        {
            throw new InvalidMentorIdException();
        }

        if (!CertificationRules.IsValidCertificationType(certificationType))
        {
            throw new InvalidCertificationTypeException();
        }

        if (!CertificationRules.IsWithinSupportedRange(issueDate))
        {
            throw new IssueDateOutOfRangeException(issueDate);
        }

        EnsureValidExpiry(issueDate, expiryDate);

        return new Certification(
            mentorId,
            certificationType,
            issueDate.ToUniversalTime(),
            expiryDate.ToUniversalTime(),
            now.ToUniversalTime());
    }

    /// <summary>Moves the expiry date directly, recording why.</summary>
    public void ChangeExpiry(DateTimeOffset newExpiryDate, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > CertificationRules.UpdatedReasonMaxLength)
        {
            throw new InvalidUpdatedReasonException();
        }

        EnsureValidExpiry(IssueDate, newExpiryDate);

        ExpiryDate = newExpiryDate.ToUniversalTime();
        UpdatedReason = reason;
        Touch(now);
    }

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiryDate;

    /// <summary>Whole days left until expiry, rounded down; negative once expired.</summary>
    public int DaysUntilExpiryAt(DateTimeOffset now)
    {
        var remaining = (ExpiryDate - now).Ticks;
        var days = Math.DivRem(remaining, TimeSpan.TicksPerDay, out var rest);
        return (int)(rest < 0 ? days - 1 : days);
    }

    private static void EnsureValidExpiry(DateTimeOffset issueDate, DateTimeOffset expiryDate)
    {
        if (!CertificationRules.IsWithinSupportedRange(expiryDate))
        {
            throw new ExpiryDateOutOfRangeException(expiryDate);
        }

        if (expiryDate <= issueDate)
        {
            throw new ExpiryNotAfterIssueException(issueDate, expiryDate);
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
    }
}
