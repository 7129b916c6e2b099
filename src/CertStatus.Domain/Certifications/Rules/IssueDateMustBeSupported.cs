namespace CertStatus.Domain.Certifications.Rules;

/// <summary>A certification's issue date falls in the supported years.</summary>
public sealed class IssueDateMustBeSupported(DateTimeOffset issueDate)
    : SupportedDateRule(issueDate, "certification.issue_date_out_of_range", "issue_date", "The issue date");
