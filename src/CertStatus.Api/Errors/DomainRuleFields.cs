using CertStatus.Domain.Certifications;

namespace CertStatus.Api.Errors;

/// <summary>Which request field each domain rule is about, so a broken rule is a 400 that names it.</summary>
internal static class DomainRuleFields
{
    private const string Body = "body";

    private static readonly Dictionary<string, string> FieldsByCode = new(StringComparer.Ordinal)
    {
        [InvalidMentorIdException.RuleCode] = "mentor_id",
        [InvalidCertificationTypeException.RuleCode] = "certification_type",
        [IssueDateOutOfRangeException.RuleCode] = "issue_date",
        [ExpiryDateOutOfRangeException.RuleCode] = "expiry_date",
        [ExpiryNotAfterIssueException.RuleCode] = "expiry_date",
        [InvalidUpdatedReasonException.RuleCode] = "updated_reason",
        [InvalidProcessedByException.RuleCode] = "processed_by",
        [RenewalNotesTooLongException.RuleCode] = "notes",
        [RenewalDateOutOfRangeException.RuleCode] = "renewal_date",
        [RenewalBeforeIssueException.RuleCode] = "renewal_date",
        [RenewalExpiryDateOutOfRangeException.RuleCode] = "new_expiry_date",
        [RenewalExpiryNotAfterRenewalDateException.RuleCode] = "new_expiry_date",
        [RenewalMustExtendExpiryException.RuleCode] = "new_expiry_date",
        [EmptyRenewalCorrectionException.RuleCode] = Body,
    };

    public static string For(string code) => FieldsByCode.GetValueOrDefault(code, Body);
}
