namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification's expiry date falls in the supported years.</summary>
public sealed class ExpiryDateMustBeSupported(DateTimeOffset expiryDate)
    : SupportedDateRule(expiryDate, "certification.expiry_date_out_of_range", "expiry_date", "The expiry date");
