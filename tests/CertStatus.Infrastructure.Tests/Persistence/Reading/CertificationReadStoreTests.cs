using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Domain.Certifications;
using CertStatus.Infrastructure.Persistence;
using CertStatus.Infrastructure.Persistence.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertStatus.Infrastructure.Tests.Persistence.Reading;

/// <summary>
/// The read side reads back exactly what the write side stored, on a real SQLite file: every
/// column, instants to the tick, versions, renewal numbers; filters, order and totals.
/// </summary>
public sealed class CertificationReadStoreTests
{
    private static readonly DateTimeOffset Issued = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1_234_567);

    private static readonly DatabaseAvailability Availability = new(NullLogger<DatabaseAvailability>.Instance, TimeProvider.System);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"certstatus-read-{Guid.NewGuid():N}.db");
    private Certification _renewed = null!;
    private Certification _plain = null!;
    private CertificationReadStore _readStore = null!;

    [OneTimeSetUp]
    public async Task StoreThroughTheWriteSide()
    {
        await using var dbContext = ProviderContexts.Create(DatabaseProvider.Sqlite, options => options.UseSqlite(ConnectionString));
        await dbContext.Database.MigrateAsync();

        _renewed = Certification.Issue("mentor-b", "peer_mentor_advanced", Issued, Issued.AddYears(1), Issued.AddMinutes(1));
        _renewed.Renew(Issued.AddMonths(11), Issued.AddYears(2), "admin-1", "first", Issued.AddMonths(11));
        _renewed.Renew(Issued.AddMonths(23), Issued.AddYears(3), "admin-2", null, Issued.AddMonths(23));
        _renewed.ChangeExpiry(Issued.AddYears(4), "extended", Issued.AddMonths(24).AddTicks(3));
        _plain = Certification.Issue("mentor-a", "peer_mentor_standard", Issued, Issued.AddDays(10), Issued);
        dbContext.Certifications.AddRange(_renewed, _plain);
        await dbContext.SaveChangesAsync();

        _readStore = new CertificationReadStore(ReadDatabase.For(new DatabaseSettings(DatabaseProvider.Sqlite, ConnectionString, MigrateOnStartup: false), Availability));
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => File.Delete(_path);

    [Test]
    public async Task FindCertificationAsync_ReadsEveryStoredColumn()
    {
        var row = await _readStore.FindCertificationAsync("mentor-b", CancellationToken.None);

        Assert.That(row, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row!.MentorId, Is.EqualTo(_renewed.MentorId));
            Assert.That(row.CertificationType, Is.EqualTo(_renewed.CertificationType));
            Assert.That(row.IssueDate, Is.EqualTo(_renewed.IssueDate));
            Assert.That(row.ExpiryDate, Is.EqualTo(_renewed.ExpiryDate));
            Assert.That(row.LastRenewalDate, Is.EqualTo(_renewed.LastRenewalDate));
            Assert.That(row.UpdatedReason, Is.EqualTo("extended"));
            Assert.That(row.CreatedAt, Is.EqualTo(_renewed.CreatedAt));
            Assert.That(row.UpdatedAt, Is.EqualTo(_renewed.UpdatedAt));
            Assert.That(row.Version, Is.EqualTo(_renewed.Version));
            Assert.That(row.ExpiryDate.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public async Task FindCertificationAsync_OfAnUnknownMentor_IsNull()
    {
        Assert.That(await _readStore.FindCertificationAsync("Mentor-b", CancellationToken.None), Is.Null, "ids are case-sensitive");
    }

    [Test]
    public async Task FindRenewalAsync_ReadsEveryStoredColumn()
    {
        var stored = _renewed.Renewals.OrderBy(renewal => renewal.Sequence).First();

        var row = await _readStore.FindRenewalAsync(stored.Number, CancellationToken.None);

        Assert.That(row, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row!.Number, Is.EqualTo(stored.Number).And.Positive);
            Assert.That(row.MentorId, Is.EqualTo("mentor-b"));
            Assert.That(row.RenewalDate, Is.EqualTo(stored.RenewalDate));
            Assert.That(row.NewExpiryDate, Is.EqualTo(stored.NewExpiryDate));
            Assert.That(row.PreviousExpiryDate, Is.EqualTo(stored.PreviousExpiryDate));
            Assert.That(row.ProcessedBy, Is.EqualTo("admin-1"));
            Assert.That(row.Notes, Is.EqualTo("first"));
            Assert.That(row.CreatedAt, Is.EqualTo(stored.CreatedAt));
            Assert.That(row.UpdatedAt, Is.Null);
            Assert.That(row.Version, Is.EqualTo(stored.Version));
        }
    }

    [Test]
    public async Task ListCertificationsAsync_FiltersOrdersPagesAndCounts()
    {
        var all = await _readStore.ListCertificationsAsync(
            new CertificationListCriteria(null, null, null, CertificationSortOrder.ExpiryDateDescending), ListWindow.AtPage<CertificationSortKey>(1, 1), CancellationToken.None);
        var expiringSoon = await _readStore.ListCertificationsAsync(
            new CertificationListCriteria(null, Issued, Issued.AddDays(10), CertificationSortOrder.MentorId), ListWindow.AtPage<CertificationSortKey>(1, 20), CancellationToken.None);
        var advancedPastTheEnd = await _readStore.ListCertificationsAsync(
            new CertificationListCriteria("peer_mentor_advanced", null, null, CertificationSortOrder.MentorId), ListWindow.AtPage<CertificationSortKey>(2, 20), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Items.Select(row => row.MentorId), Is.EqualTo((string[])["mentor-b"]));
            Assert.That(all.Total, Is.EqualTo(2));
            Assert.That(expiringSoon.Items.Select(row => row.MentorId), Is.EqualTo((string[])["mentor-a"]), "expiry exactly at the bound is included");
            Assert.That(expiringSoon.Total, Is.EqualTo(1));
            Assert.That(advancedPastTheEnd.Items, Is.Empty);
            Assert.That(advancedPastTheEnd.Total, Is.EqualTo(1), "the total is counted even when the page is empty");
        }
    }

    [Test]
    public async Task ListRenewalsAsync_FiltersOrdersPagesAndCounts()
    {
        var byDateDescending = await _readStore.ListRenewalsAsync(
            new RenewalListCriteria("mentor-b", null, RenewalSortOrder.RenewalDateDescending), ListWindow.AtPage<RenewalSortKey>(1, 20), CancellationToken.None);
        var byProcessor = await _readStore.ListRenewalsAsync(
            new RenewalListCriteria(null, "admin-2", RenewalSortOrder.RenewalId), ListWindow.AtPage<RenewalSortKey>(1, 20), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byDateDescending.Items.Select(row => row.ProcessedBy), Is.EqualTo((string[])["admin-2", "admin-1"]));
            Assert.That(byDateDescending.Total, Is.EqualTo(2));
            Assert.That(byProcessor.Items.Select(row => row.ProcessedBy), Is.EqualTo((string[])["admin-2"]));
            Assert.That(byProcessor.Total, Is.EqualTo(1));
        }
    }

    private string ConnectionString => $"Data Source={_path};Pooling=False";
}
