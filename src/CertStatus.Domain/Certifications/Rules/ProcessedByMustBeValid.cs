namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A renewal names who processed it by a valid id.</summary>
public sealed class ProcessedByMustBeValid(string? processedBy)
    : IdentifierRule(processedBy, "renewal.invalid_processed_by", "processed_by", "processed_by");
