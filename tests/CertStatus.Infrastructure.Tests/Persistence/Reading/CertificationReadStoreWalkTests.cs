using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// Every filter combination and sort order of both lists, checked against the same question asked
/// of the stored rows in memory: the total (read from the count tables and the partial days at
/// the ends of an expiry range) is exact, and walking by sort key, page after page, returns exactly
/// the rows in exactly their order. Expiries fall on many days and at many times of day, exactly on
/// midnight and on the bounds, so that every way a range can cut a day is met.
/// </summary>
public sealed class CertificationReadStoreWalkTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 26, 13, 45, 0, TimeSpan.Zero);
    private static readonly string[] Types = ["peer_mentor_standard", "peer_mentor_advanced"];
    private static readonly string[] Processors = ["admin-1", "admin-2", "admin-3"];

    private static readonly DatabaseAvailability Availability = new(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-walk-{Guid.NewGuid():N}.db");
    private readonly List<Certification> _stored = [];
    private CertificationReadStore _readStore = null!;
    private CertificationReadStore _readStoreThatAlwaysWalks = null!;

    public static IEnumerable<TestCaseData> CertificationWalks()
    {
        string?[] types = [null, "peer_mentor_advanced"];
        (DateTimeOffset? After, DateTimeOffset? AtOrBefore, string Name)[] ranges =
        [
            (null, null, "any expiry"),
            (Now, null, "not expired"),
            (null, Now, "expired"),
            (Now, Now.AddDays(30), "expiring within 30 days"),
            (Now, Now.AddDays(0.2), "expiring later today"),
            (Now, Now, "an empty range"),
            (Now.Date, Now.Date.AddDays(3), "between midnights"),
        ];
        return from type in types
               from range in ranges
               from sort in Enum.GetValues<CertificationSortOrder>()
               select new TestCaseData(new CertificationListCriteria(type, range.After, range.AtOrBefore, sort))
                   .SetArgDisplayNames($"{type ?? "any type"}, {range.Name}, {sort}");
    }

    public static IEnumerable<TestCaseData> RenewalWalks() =>
        from mentorId in new[] { null, "mentor-007" }
        from processedBy in new[] { null, "admin-2" }
        from sort in Enum.GetValues<RenewalSortOrder>()
        select new TestCaseData(new RenewalListCriteria(mentorId, processedBy, sort))
            .SetArgDisplayNames($"{mentorId ?? "any mentor"}, {processedBy ?? "anyone"}, {sort}");

    [OneTimeSetUp]
    public async Task StoreCertificationsOverManyDays()
    {
        await using var dbContext = ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite(ConnectionString));
        await dbContext.Database.MigrateAsync();

        // 120 certifications from 40 days before now to 40 days after; every fifth at midnight,
        // one exactly now and one exactly at each 30-day bound; each with up to three renewals.
        var random = new Random(20261204);
        for (var i = 0; i < 120; i++)
        {
            var expiry = i switch
            {
                0 => Now,
                1 => Now.AddDays(30),
                2 => Now.AddDays(0.2),
                _ when i % 5 == 0 => new DateTimeOffset(Now.Date.AddDays(random.Next(-40, 40)), TimeSpan.Zero),
                _ => Now.AddMinutes(random.Next(-40 * 24 * 60, 40 * 24 * 60)),
            };
            var issued = expiry.AddYears(-2);
            var certification = Certification.Issue($"mentor-{i:D3}", Types[i % 2], issued, expiry.AddYears(-1), issued);
            for (var r = 0; r < i % 4; r++)
            {
                certification.Renew(issued.AddDays(r + 1), expiry.AddYears(-1).AddDays(r + 1), Processors[(i + r) % 3], null, issued.AddDays(r + 1));
            }

            certification.ChangeExpiry(expiry, "moved", issued);
            _stored.Add(certification);
        }

        // Certifications removed again, so the counts have been decremented as well as incremented.
        var removed = Certification.Issue("mentor-removed", Types[0], Now.AddYears(-1), Now.AddDays(3), Now.AddYears(-1));
        dbContext.Certifications.AddRange(_stored);
        dbContext.Certifications.Add(removed);
        await dbContext.SaveChangesAsync();
        dbContext.Certifications.Remove(removed);
        await dbContext.SaveChangesAsync();

        var database = ReadDatabase.For(new DatabaseSettings(DatabaseProvider.Sqlite, ConnectionString, MigrateOnStartup: false), Availability);
        _readStore = new CertificationReadStore(database);
        _readStoreThatAlwaysWalks = new CertificationReadStore(database, fewMatches: -1);
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [TestCaseSource(nameof(CertificationWalks))]
    public async Task ListCertificationsAsync_WalkedByKey_ReturnsExactlyTheMatchesInOrderWithTheExactTotal(CertificationListCriteria criteria)
    {
        var expected = Expected(criteria).ToList();

        // Few rows match here, so an expiry range in mentor_id order is read by its range and
        // sorted; the store that always walks mentor_id order checks the other window.
        var (walked, totals) = await WalkAsync<CertificationReadModel, CertificationSortKey>(
            window => _readStore.ListCertificationsAsync(criteria, window, CancellationToken.None),
            last => new CertificationSortKey(last.MentorId, last.ExpiryDate));
        var (walkedInMentorIdOrder, _) = await WalkAsync<CertificationReadModel, CertificationSortKey>(
            window => _readStoreThatAlwaysWalks.ListCertificationsAsync(criteria, window, CancellationToken.None),
            last => new CertificationSortKey(last.MentorId, last.ExpiryDate));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(walked.Select(row => row.MentorId), Is.EqualTo(expected.Select(c => c.MentorId)));
            Assert.That(walkedInMentorIdOrder.Select(row => row.MentorId), Is.EqualTo(expected.Select(c => c.MentorId)));
            Assert.That(totals, Has.All.EqualTo(expected.Count));
        }
    }

    [TestCaseSource(nameof(CertificationWalks))]
    public async Task ListCertificationsAsync_ByOffset_ReturnsTheSamePagesAsTheWalk(CertificationListCriteria criteria)
    {
        var expected = Expected(criteria).Select(c => c.MentorId).ToList();

        var second = await _readStore.ListCertificationsAsync(criteria, ListWindow.AtPage<CertificationSortKey>(2, 7), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Items.Select(row => row.MentorId), Is.EqualTo(expected.Skip(7).Take(7)));
            Assert.That(second.HasMore, Is.EqualTo(expected.Count > 14));
            Assert.That(second.Total, Is.EqualTo(expected.Count));
        }
    }

    [TestCaseSource(nameof(RenewalWalks))]
    public async Task ListRenewalsAsync_WalkedByKey_ReturnsExactlyTheMatchesInOrderWithTheExactTotal(RenewalListCriteria criteria)
    {
        var matches = _stored.SelectMany(c => c.Renewals)
            .Where(r => (criteria.MentorId is null || r.MentorId == criteria.MentorId) && (criteria.ProcessedBy is null || r.ProcessedBy == criteria.ProcessedBy));
        var expected = (criteria.Sort switch
        {
            RenewalSortOrder.RenewalDate => matches.OrderBy(r => r.RenewalDate).ThenBy(r => r.Number),
            RenewalSortOrder.RenewalDateDescending => matches.OrderByDescending(r => r.RenewalDate).ThenByDescending(r => r.Number),
            _ => matches.OrderBy(r => r.Number),
        }).Select(r => r.Number).ToList();

        var (walked, totals) = await WalkAsync<RenewalReadModel, RenewalSortKey>(
            window => _readStore.ListRenewalsAsync(criteria, window, CancellationToken.None),
            last => new RenewalSortKey(last.Number, last.RenewalDate));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(walked.Select(row => row.Number), Is.EqualTo(expected));
            Assert.That(totals, Has.All.EqualTo(expected.Count));
        }
    }

    private string ConnectionString => $"Data Source={_path};Pooling=False";

    private static async Task<(List<TRow> Rows, List<int> Totals)> WalkAsync<TRow, TKey>(
        Func<ListWindow<TKey>, Task<ReadPage<TRow>>> read,
        Func<TRow, TKey> keyOf)
        where TKey : class
    {
        var rows = new List<TRow>();
        var totals = new List<int>();
        var window = ListWindow.AtPage<TKey>(1, 7);
        while (true)
        {
            var page = await read(window);
            rows.AddRange(page.Items);
            totals.Add(page.Total);
            Assert.That(totals, Has.Count.LessThan(100), "the walk does not end");
            if (!page.HasMore)
            {
                return (rows, totals);
            }

            // Limits may change between the pages of a walk.
            window = ListWindow.AfterItem(keyOf(page.Items[^1]), totals.Count % 2 == 0 ? 7 : 11);
        }
    }

    private IEnumerable<Certification> Expected(CertificationListCriteria criteria)
    {
        var matches = _stored.Where(c =>
            (criteria.CertificationType is null || c.CertificationType == criteria.CertificationType)
            && (criteria.ExpiresAfter is null || c.ExpiryDate > criteria.ExpiresAfter)
            && (criteria.ExpiresAtOrBefore is null || c.ExpiryDate <= criteria.ExpiresAtOrBefore));
        return criteria.Sort switch
        {
            CertificationSortOrder.ExpiryDate => matches.OrderBy(c => c.ExpiryDate).ThenBy(c => c.MentorId, StringComparer.Ordinal),
            CertificationSortOrder.ExpiryDateDescending => matches.OrderByDescending(c => c.ExpiryDate).ThenByDescending(c => c.MentorId, StringComparer.Ordinal),
            _ => matches.OrderBy(c => c.MentorId, StringComparer.Ordinal),
        };
    }
}
