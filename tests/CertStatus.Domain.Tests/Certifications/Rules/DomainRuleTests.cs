using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;

namespace CertStatus.Domain.Tests.Certifications.Rules;

/// <summary>
/// Each rule as a caller meets it: its code, the field a 400 names and the message it carries, broken
/// by one sample. The texts are the contract's (problem details repeat them word for word).
/// </summary>
public sealed class DomainRuleTests
{
    private static readonly DateTimeOffset Issue = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 5, 1, 12, 30, 0, 500, TimeSpan.Zero);
    private static readonly DateTimeOffset Year3000 = new(3000, 1, 1, 0, 0, 0, TimeSpan.FromHours(2));

    private static IEnumerable<TestCaseData> BrokenRules()
    {
        yield return Case(
            new MentorIdMustBeValid("-mentor"),
            "certification.invalid_mentor_id",
            "mentor_id",
            "A mentor id must be 1–64 characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.");
        yield return Case(
            new CertificationTypeMustBeValid("Peer"),
            "certification.invalid_certification_type",
            "certification_type",
            "A certification type must be 1–64 characters of a-z, 0-9 or '_'.");
        yield return Case(
            new IssueDateMustBeSupported(Year3000.AddHours(3)),
            "certification.issue_date_out_of_range",
            "issue_date",
            "The issue date 3000-01-01T01:00:00Z must fall in the years 1900–2999.");
        yield return Case(
            new ExpiryDateMustBeSupported(Year3000.AddHours(2)),
            "certification.expiry_date_out_of_range",
            "expiry_date",
            "The expiry date 3000-01-01T00:00:00Z must fall in the years 1900–2999.");
        yield return Case(
            new ExpiryMustFollowIssue(Later, Issue),
            "certification.expiry_not_after_issue",
            "expiry_date",
            "The expiry date 2025-05-01T00:00:00Z must be after the issue date 2026-05-01T12:30:00.5Z.");
        yield return Case(
            new UpdatedReasonMustBeGiven(" "),
            "certification.invalid_updated_reason",
            "updated_reason",
            "A reason of 1–200 characters, not only white space, is required to change the expiry date.");
        yield return Case(
            new ProcessedByMustBeValid("admin user"),
            "renewal.invalid_processed_by",
            "processed_by",
            "processed_by must be 1–64 characters of A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.");
        yield return Case(
            new RenewalNotesMustFit(new string('n', 2001)),
            "renewal.notes_too_long",
            "notes",
            "Renewal notes must be at most 2000 characters.");
        yield return Case(
            new RenewalDateMustBeSupported(Year3000.AddHours(2)),
            "renewal.renewal_date_out_of_range",
            "renewal_date",
            "The renewal date 3000-01-01T00:00:00Z must fall in the years 1900–2999.");
        yield return Case(
            new RenewalMustNotPrecedeIssue(Later, Issue),
            "renewal.renewal_date_before_issue",
            "renewal_date",
            "The renewal date 2025-05-01T00:00:00Z must be on or after the certification's issue date 2026-05-01T12:30:00.5Z.");
        yield return Case(
            new NewExpiryDateMustBeSupported(Year3000.AddHours(2)),
            "renewal.new_expiry_date_out_of_range",
            "new_expiry_date",
            "The new expiry date 3000-01-01T00:00:00Z must fall in the years 1900–2999.");
        yield return Case(
            new NewExpiryMustFollowRenewalDate(Later, Issue),
            "renewal.new_expiry_not_after_renewal_date",
            "new_expiry_date",
            "The new expiry date 2025-05-01T00:00:00Z must be after the renewal date 2026-05-01T12:30:00.5Z.");
        yield return Case(
            new RenewalMustExtendExpiry(Later, Issue),
            "renewal.must_extend_expiry",
            "new_expiry_date",
            "The new expiry date 2025-05-01T00:00:00Z must be after the expiry date it replaces, 2026-05-01T12:30:00.5Z.");
        yield return Case(
            new CorrectionMustChangeSomething(null, null),
            "renewal.empty_correction",
            "body",
            "A correction must change new_expiry_date, notes, or both.");
    }

    [TestCaseSource(nameof(BrokenRules))]
    public void BrokenRule_SaysItsCodeFieldAndMessage(DomainRule rule, string code, string field, string message)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rule.IsBroken(), Is.True);
            Assert.That(rule.Code, Is.EqualTo(code));
            Assert.That(rule.Field, Is.EqualTo(field));
            Assert.That(rule.Message, Is.EqualTo(message));
        }
    }

    [TestCaseSource(nameof(BrokenRules))]
    public void ThrowIfBroken_ThrowsWithTheRuleAndItsMessage(DomainRule rule, string code, string field, string message)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => DomainRuleViolationException.ThrowIfBroken(rule));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.Rule, Is.SameAs(rule));
            Assert.That(exception.Message, Is.EqualTo(message));
        }
    }

    [Test]
    public void ThrowIfBroken_ReportsTheFirstBrokenRuleInTheOrderGiven()
    {
        var first = new RenewalNotesMustFit(new string('n', 2001));

        var exception = Assert.Throws<DomainRuleViolationException>(() => DomainRuleViolationException.ThrowIfBroken(
            new RenewalNotesMustFit("fits"),
            first,
            new CorrectionMustChangeSomething(null, null)));

        Assert.That(exception!.Rule, Is.SameAs(first));
    }

    [Test]
    public void ThrowIfBroken_WhenNoRuleIsBroken_DoesNotThrow() =>
        Assert.That(
            () => DomainRuleViolationException.ThrowIfBroken(new RenewalNotesMustFit(null), new ExpiryMustFollowIssue(Issue, Later)),
            Throws.Nothing);

    [Test]
    public void EveryRuleOfTheDomain_IsSampledHere() =>
        Assert.That(
            typeof(DomainRule).Assembly.GetTypes().Where(type => !type.IsAbstract && type.IsAssignableTo(typeof(DomainRule))),
            Is.EquivalentTo(BrokenRules().Select(data => data.Arguments[0]!.GetType())));

    [Test]
    public void EveryRule_HasACodeOfItsOwn() =>
        Assert.That(BrokenRules().Select(data => data.Arguments[1]), Is.Unique);

    private static TestCaseData Case(DomainRule rule, string code, string field, string message) =>
        new TestCaseData(rule, code, field, message).SetArgDisplayNames(rule.GetType().Name);
}
