using System.Text.RegularExpressions;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Infrastructure.Persistence.Reading;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Each sort of each list reads its window in its own direction on both providers, from an offset
/// and after a cursor's key: a descending sort orders (and compares its key) the other way from the
/// ascending one, with the tie-breaker following the sort key.
/// </summary>
public sealed partial class ReadStatementOrderTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 26, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<string> Providers { get; } = [nameof(ReadStatements.Sqlite), nameof(ReadStatements.SqlServer)];

    [TestCaseSource(nameof(Providers))]
    public void CertificationPage_OrdersEachSortInItsDirection(string provider)
    {
        var statements = StatementsOf(provider);
        using (Assert.EnterMultipleScope())
        {
            foreach (var afterKey in new[] { false, true })
            {
                Assert.That(OrderOf(statements, CertificationSortOrder.MentorId, afterKey), Is.EqualTo("mentor_id"), $"mentor_id, after a key: {afterKey}");
                Assert.That(OrderOf(statements, CertificationSortOrder.ExpiryDate, afterKey), Is.EqualTo("expiry_date, mentor_id"), $"expiry_date, after a key: {afterKey}");
                Assert.That(OrderOf(statements, CertificationSortOrder.ExpiryDateDescending, afterKey), Is.EqualTo("expiry_date DESC, mentor_id DESC"), $"-expiry_date, after a key: {afterKey}");
            }

            Assert.That(Window(statements, CertificationSortOrder.ExpiryDate, afterKey: true), Does.Contain("expiry_date > @AfterExpiryDate OR mentor_id > @AfterMentorId"));
            Assert.That(Window(statements, CertificationSortOrder.ExpiryDateDescending, afterKey: true), Does.Contain("expiry_date < @AfterExpiryDate OR mentor_id < @AfterMentorId"));
        }
    }

    [TestCaseSource(nameof(Providers))]
    public void CertificationPage_OfAnExpiryRangeInMentorIdOrder_SortsTheFewMatchesByMentorIdToo(string provider)
    {
        var statements = StatementsOf(provider);
        var criteria = new CertificationListCriteria(null, Moment, Moment.AddDays(30), CertificationSortOrder.MentorId);
        var page = statements.CertificationPage(criteria, afterKey: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OrderBy(page.Window), Is.EqualTo("mentor_id"));
            if (page.WindowSortingFewMatches is { } sortingFewMatches)
            {
                Assert.That(OrderBy(sortingFewMatches), Is.EqualTo("mentor_id"));
            }
        }
    }

    [TestCaseSource(nameof(Providers))]
    public void RenewalPage_OrdersEachSortInItsDirection(string provider)
    {
        var statements = StatementsOf(provider);
        using (Assert.EnterMultipleScope())
        {
            foreach (var afterKey in new[] { false, true })
            {
                Assert.That(OrderOf(statements, RenewalSortOrder.RenewalId, afterKey), Is.EqualTo("renewal_number"), $"renewal_id, after a key: {afterKey}");
                Assert.That(OrderOf(statements, RenewalSortOrder.RenewalDate, afterKey), Is.EqualTo("renewal_date, renewal_number"), $"renewal_date, after a key: {afterKey}");
                Assert.That(OrderOf(statements, RenewalSortOrder.RenewalDateDescending, afterKey), Is.EqualTo("renewal_date DESC, renewal_number DESC"), $"-renewal_date, after a key: {afterKey}");
            }

            Assert.That(RenewalWindow(statements, RenewalSortOrder.RenewalDate), Does.Contain("renewal_date > @AfterRenewalDate OR renewal_number > @AfterNumber"));
            Assert.That(RenewalWindow(statements, RenewalSortOrder.RenewalDateDescending), Does.Contain("renewal_date < @AfterRenewalDate OR renewal_number < @AfterNumber"));
        }
    }

    private static ReadStatements StatementsOf(string provider) =>
        provider == nameof(ReadStatements.Sqlite) ? ReadStatements.Sqlite : ReadStatements.SqlServer;

    private static string OrderOf(ReadStatements statements, CertificationSortOrder sort, bool afterKey) =>
        OrderBy(Window(statements, sort, afterKey));

    private static string OrderOf(ReadStatements statements, RenewalSortOrder sort, bool afterKey) =>
        OrderBy(statements.RenewalPage(new RenewalListCriteria("mentor-1", null, sort), afterKey).Window);

    private static string Window(ReadStatements statements, CertificationSortOrder sort, bool afterKey) =>
        statements.CertificationPage(new CertificationListCriteria("peer_mentor_standard", null, null, sort), afterKey).Window;

    private static string RenewalWindow(ReadStatements statements, RenewalSortOrder sort) =>
        statements.RenewalPage(new RenewalListCriteria(null, "admin-1", sort), afterKey: true).Window;

    private static string OrderBy(string window)
    {
        var match = OrderByClause().Match(window);
        Assert.That(match.Success, Is.True, $"an ORDER BY before the page clause: {window}");
        return match.Groups["order"].Value;
    }

    [GeneratedRegex(@"ORDER BY (?<order>.+?) (?:LIMIT|OFFSET) ")]
    private static partial Regex OrderByClause();
}
