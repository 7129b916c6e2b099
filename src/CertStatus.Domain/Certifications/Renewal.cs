namespace CertStatus.Domain.Certifications;

/// <summary>
/// One renewal of a certification: the expiry it replaced and the one it set. Owned by
/// <see cref="Certification"/>, which is the only way to record, correct or remove one.
/// </summary>
public sealed class Renewal
{
    /// <summary>For EF Core, which sets the properties itself.</summary>
    private Renewal()
    {
        MentorId = null!;
        ProcessedBy = null!;
    }

    internal Renewal(
        string mentorId,
        int sequence,
        DateTimeOffset renewalDate,
        DateTimeOffset newExpiryDate,
        DateTimeOffset previousExpiryDate,
        string processedBy,
        string? notes,
        DateTimeOffset now)
    {
        MentorId = mentorId;
        Sequence = sequence;
        RenewalDate = renewalDate;
        NewExpiryDate = newExpiryDate;
        PreviousExpiryDate = previousExpiryDate;
        ProcessedBy = processedBy;
        Notes = notes;
        CreatedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>The number the database gave this renewal when it was stored; 0 until then.</summary>
    public long Number { get; private set; }

    public string RenewalId => RenewalIds.Format(Number);

    public string MentorId { get; private set; }

    /// <summary>Order within the certification: the renewal with the highest sequence is the latest.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset RenewalDate { get; private set; }

    public DateTimeOffset NewExpiryDate { get; private set; }

    /// <summary>The certification's expiry date before this renewal replaced it.</summary>
    public DateTimeOffset PreviousExpiryDate { get; private set; }

    public string ProcessedBy { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the renewal was last corrected; null until then.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Changes with every correction; names the stored version of this record.</summary>
    public Guid Version { get; private set; }

    internal void Correct(DateTimeOffset? newExpiryDate, string? notes, DateTimeOffset now)
    {
        if (newExpiryDate is { } expiry)
        {
            NewExpiryDate = expiry;
        }

        if (notes is not null)
        {
            Notes = notes.Length == 0 ? null : notes;
        }

        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
