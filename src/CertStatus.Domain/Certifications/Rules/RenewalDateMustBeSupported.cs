namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal's date falls in the supported years.</summary>
public sealed class RenewalDateMustBeSupported(DateTimeOffset renewalDate)
    : SupportedDateRule(renewalDate, "renewal.renewal_date_out_of_range", "renewal_date", "The renewal date");
