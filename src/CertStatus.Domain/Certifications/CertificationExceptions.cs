using CertStatus.Domain.Common;

namespace CertStatus.Domain.Certifications;

public sealed class InvalidMentorIdException()
    : DomainRuleViolationException(
        InvalidMentorIdException.RuleCode,
        $"A mentor id must be 1–{CertificationRules.IdentifierMaxLength} characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.")
{
    public const string RuleCode = "certification.invalid_mentor_id";
}

public sealed class InvalidCertificationTypeException()
    : DomainRuleViolationException(
        InvalidCertificationTypeException.RuleCode,
        $"A certification type must be 1–{CertificationRules.CertificationTypeMaxLength} characters of a-z, 0-9 or '_'.")
{
    public const string RuleCode = "certification.invalid_certification_type";
}

public sealed class ExpiryNotAfterIssueException(DateTimeOffset issueDate, DateTimeOffset expiryDate)
    : DomainRuleViolationException(
        ExpiryNotAfterIssueException.RuleCode,
        $"The expiry date {expiryDate.UtcDateTime:O} must be after the issue date {issueDate.UtcDateTime:O}.")
{
    public const string RuleCode = "certification.expiry_not_after_issue";
}

public sealed class IssueDateOutOfRangeException(DateTimeOffset issueDate)
    : DomainRuleViolationException(
        IssueDateOutOfRangeException.RuleCode,
        $"The issue date {issueDate.UtcDateTime:O} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
{
    public const string RuleCode = "certification.issue_date_out_of_range";
}

public sealed class ExpiryDateOutOfRangeException(DateTimeOffset expiryDate)
    : DomainRuleViolationException(
        ExpiryDateOutOfRangeException.RuleCode,
        $"The expiry date {expiryDate.UtcDateTime:O} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
{
    public const string RuleCode = "certification.expiry_date_out_of_range";
}

public sealed class InvalidUpdatedReasonException()
    : DomainRuleViolationException(
        InvalidUpdatedReasonException.RuleCode,
        $"A reason of 1–{CertificationRules.UpdatedReasonMaxLength} characters, not only white space, is required to change the expiry date.")
{
    public const string RuleCode = "certification.invalid_updated_reason";
}
