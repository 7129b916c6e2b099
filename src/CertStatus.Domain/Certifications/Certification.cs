using CertStatus.Domain.Certifications.Events;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications;

/// <summary>
/// A mentor's certification: the aggregate root that owns its expiry and every rule that moves it.
/// All instants are held in UTC.
/// </summary>
public sealed class Certification
{
    private readonly List<Renewal> _renewals = [];
    private readonly List<IDomainEvent> _domainEvents = [];

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

    /// <summary>
    /// Changes with every change to the aggregate, its renewals included; guards against lost
    /// updates and names the stored version.
    /// </summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<Renewal> Renewals => _renewals.AsReadOnly();

    private Renewal? LatestRenewal => _renewals.MaxBy(renewal => renewal.Sequence);

    public static Certification Issue(
        string mentorId,
        string certificationType,
        DateTimeOffset issueDate,
        DateTimeOffset expiryDate,
        DateTimeOffset now)
    {
        DomainRuleViolationException.ThrowIfBroken(
            new MentorIdMustBeValid(mentorId),
            new CertificationTypeMustBeValid(certificationType),
            new IssueDateMustBeSupported(issueDate));
        EnsureValidExpiry(issueDate, expiryDate);

        var certification = new Certification(
            mentorId,
            certificationType,
            issueDate.ToUniversalTime(),
            expiryDate.ToUniversalTime(),
            now.ToUniversalTime());
        certification._domainEvents.Add(new CertificationIssued(mentorId));
        return certification;
    }

    /// <summary>Moves the expiry date directly, recording why.</summary>
    public void ChangeExpiry(DateTimeOffset newExpiryDate, string reason, DateTimeOffset now)
    {
        DomainRuleViolationException.ThrowIfBroken(new UpdatedReasonMustBeGiven(reason));
        EnsureValidExpiry(IssueDate, newExpiryDate);

        ExpiryDate = newExpiryDate.ToUniversalTime();
        UpdatedReason = reason;
        Touch(now);
    }

    /// <summary>
    /// Records a renewal: the certification now expires at <paramref name="newExpiryDate"/>, which
    /// must extend the current expiry, and was last renewed on <paramref name="renewalDate"/>.
    /// </summary>
    public Renewal Renew(
        DateTimeOffset renewalDate,
        DateTimeOffset newExpiryDate,
        string processedBy,
        string? notes,
        DateTimeOffset now)
    {
        DomainRuleViolationException.ThrowIfBroken(
            new ProcessedByMustBeValid(processedBy),
            new RenewalNotesMustFit(notes),
            new RenewalDateMustBeSupported(renewalDate),
            new RenewalMustNotPrecedeIssue(IssueDate, renewalDate));
        EnsureValidRenewalExpiry(renewalDate, ExpiryDate, newExpiryDate);

        var renewal = new Renewal(
            MentorId,
            (LatestRenewal?.Sequence ?? 0) + 1,
            renewalDate.ToUniversalTime(),
            newExpiryDate.ToUniversalTime(),
            ExpiryDate,
            processedBy,
            string.IsNullOrEmpty(notes) ? null : notes,
            now.ToUniversalTime());
        _renewals.Add(renewal);
        _domainEvents.Add(new RenewalRecorded(MentorId));

        ExpiryDate = renewal.NewExpiryDate;
        LastRenewalDate = renewal.RenewalDate;
        Touch(now);
        return renewal;
    }

    /// <summary>
    /// Corrects a renewal's new expiry date and/or notes. Correcting the latest renewal's expiry
    /// moves the certification's expiry with it; an older renewal changes only its own record.
    /// </summary>
    public void CorrectRenewal(Renewal renewal, DateTimeOffset? newExpiryDate, string? notes, DateTimeOffset now)
    {
        EnsureOwned(renewal);
        DomainRuleViolationException.ThrowIfBroken(
            new CorrectionMustChangeSomething(newExpiryDate, notes),
            new RenewalNotesMustFit(notes));
        if (newExpiryDate is { } expiry)
        {
            EnsureValidRenewalExpiry(renewal.RenewalDate, renewal.PreviousExpiryDate, expiry);
        }

        var isLatest = renewal == LatestRenewal;
        renewal.Correct(newExpiryDate?.ToUniversalTime(), notes, now.ToUniversalTime());

        if (isLatest && newExpiryDate is not null)
        {
            ExpiryDate = renewal.NewExpiryDate;
            Touch(now);
        }
        else
        {
            Version = Guid.NewGuid();
        }
    }

    /// <summary>
    /// Removes a renewal. Removing the latest one restores the expiry it replaced and makes the
    /// renewal before it (or the issue) the last renewal; an older one only disappears.
    /// </summary>
    public void RemoveRenewal(Renewal renewal, DateTimeOffset now)
    {
        EnsureOwned(renewal);
        var isLatest = renewal == LatestRenewal;
        _renewals.Remove(renewal);

        if (isLatest)
        {
            ExpiryDate = renewal.PreviousExpiryDate;
            LastRenewalDate = LatestRenewal?.RenewalDate ?? IssueDate;
            Touch(now);
        }
        else
        {
            Version = Guid.NewGuid();
        }
    }

    /// <summary>Deletes the certification with its renewals; the repository forgets it when the change commits.</summary>
    public void Delete() => _domainEvents.Add(new CertificationDeleted(MentorId));

    /// <summary>What happened since it was issued or loaded, for the unit of work to publish once committed; taken once.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        IDomainEvent[] taken = [.. _domainEvents];
        _domainEvents.Clear();
        return taken;
    }

    public bool IsExpiredAt(DateTimeOffset now) => HasExpired(ExpiryDate, now);

    /// <summary>Whole days left until expiry, rounded down; negative once expired.</summary>
    public int DaysUntilExpiryAt(DateTimeOffset now) => DaysUntilExpiry(ExpiryDate, now);

    /// <summary>
    /// The expiry rule itself, for a certification that expires at <paramref name="expiryDate"/>:
    /// expired from that instant on. Static so that the read side, which never loads the
    /// aggregate, computes <c>is_expired</c> with this same rule.
    /// </summary>
    public static bool HasExpired(DateTimeOffset expiryDate, DateTimeOffset now) => now >= expiryDate;

    /// <summary>Whole days from <paramref name="now"/> until <paramref name="expiryDate"/>, rounded down; negative once expired.</summary>
    public static int DaysUntilExpiry(DateTimeOffset expiryDate, DateTimeOffset now)
    {
        var remaining = (expiryDate - now).Ticks;
        var days = Math.DivRem(remaining, TimeSpan.TicksPerDay, out var rest);
        return (int)(rest < 0 ? days - 1 : days);
    }

    private static void EnsureValidExpiry(DateTimeOffset issueDate, DateTimeOffset expiryDate) =>
        DomainRuleViolationException.ThrowIfBroken(
            new ExpiryDateMustBeSupported(expiryDate),
            new ExpiryMustFollowIssue(issueDate, expiryDate));

    private static void EnsureValidRenewalExpiry(
        DateTimeOffset renewalDate,
        DateTimeOffset previousExpiryDate,
        DateTimeOffset newExpiryDate) =>
        DomainRuleViolationException.ThrowIfBroken(
            new NewExpiryDateMustBeSupported(newExpiryDate),
            new NewExpiryMustFollowRenewalDate(renewalDate, newExpiryDate),
            new RenewalMustExtendExpiry(previousExpiryDate, newExpiryDate));

    private void EnsureOwned(Renewal renewal)
    {
        ArgumentNullException.ThrowIfNull(renewal);
        if (!_renewals.Contains(renewal))
        {
            throw new ArgumentException($"Renewal {renewal.RenewalId} does not belong to certification '{MentorId}'.", nameof(renewal));
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
    }
}
