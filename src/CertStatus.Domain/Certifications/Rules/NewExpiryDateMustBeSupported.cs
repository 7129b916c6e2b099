namespace CertStatus.Domain.Certifications.Rules;

/// <summary>The expiry a renewal sets falls in the supported years.</summary>
public sealed class NewExpiryDateMustBeSupported(DateTimeOffset newExpiryDate)
    : SupportedDateRule(newExpiryDate, "renewal.new_expiry_date_out_of_range", "new_expiry_date", "The new expiry date");
