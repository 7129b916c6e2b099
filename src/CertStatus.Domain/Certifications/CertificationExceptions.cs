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
        $"The expiry date {expiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must be after the issue date {issueDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}.")
{
    public const string RuleCode = "certification.expiry_not_after_issue";
}

public sealed class IssueDateOutOfRangeException(DateTimeOffset issueDate)
    : DomainRuleViolationException(
        IssueDateOutOfRangeException.RuleCode,
        $"The issue date {issueDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
{
    public const string RuleCode = "certification.issue_date_out_of_range";
}

public sealed class ExpiryDateOutOfRangeException(DateTimeOffset expiryDate)
    : DomainRuleViolationException(
        ExpiryDateOutOfRangeException.RuleCode,
        $"The expiry date {expiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
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

public sealed class InvalidProcessedByException()
    : DomainRuleViolationException(
        InvalidProcessedByException.RuleCode,
        $"processed_by must be 1–{CertificationRules.IdentifierMaxLength} characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.")
{
    public const string RuleCode = "renewal.invalid_processed_by";
}

public sealed class RenewalNotesTooLongException()
    : DomainRuleViolationException(
        RenewalNotesTooLongException.RuleCode,
        $"Renewal notes must be at most {CertificationRules.RenewalNotesMaxLength} characters.")
{
    public const string RuleCode = "renewal.notes_too_long";
}

public sealed class RenewalDateOutOfRangeException(DateTimeOffset renewalDate)
    : DomainRuleViolationException(
        RenewalDateOutOfRangeException.RuleCode,
        $"The renewal date {renewalDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
{
    public const string RuleCode = "renewal.renewal_date_out_of_range";
}

public sealed class RenewalExpiryDateOutOfRangeException(DateTimeOffset newExpiryDate)
    : DomainRuleViolationException(
        RenewalExpiryDateOutOfRangeException.RuleCode,
        $"The new expiry date {newExpiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must fall in the years {CertificationRules.EarliestYear}–{CertificationRules.LatestYear}.")
{
    public const string RuleCode = "renewal.new_expiry_date_out_of_range";
}

public sealed class RenewalBeforeIssueException(DateTimeOffset issueDate, DateTimeOffset renewalDate)
    : DomainRuleViolationException(
        RenewalBeforeIssueException.RuleCode,
        $"The renewal date {renewalDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must be on or after the certification's issue date {issueDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}.")
{
    public const string RuleCode = "renewal.renewal_date_before_issue";
}

public sealed class RenewalExpiryNotAfterRenewalDateException(DateTimeOffset renewalDate, DateTimeOffset newExpiryDate)
    : DomainRuleViolationException(
        RenewalExpiryNotAfterRenewalDateException.RuleCode,
        $"The new expiry date {newExpiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must be after the renewal date {renewalDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}.")
{
    public const string RuleCode = "renewal.new_expiry_not_after_renewal_date";
}

public sealed class RenewalMustExtendExpiryException(DateTimeOffset previousExpiryDate, DateTimeOffset newExpiryDate)
    : DomainRuleViolationException(
        RenewalMustExtendExpiryException.RuleCode,
        $"The new expiry date {newExpiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'} must be after the expiry date it replaces, {previousExpiryDate.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}.")
{
    public const string RuleCode = "renewal.must_extend_expiry";
}

public sealed class EmptyRenewalCorrectionException()
    : DomainRuleViolationException(
        EmptyRenewalCorrectionException.RuleCode,
        "A correction must change new_expiry_date, notes, or both.")
{
    public const string RuleCode = "renewal.empty_correction";
}
