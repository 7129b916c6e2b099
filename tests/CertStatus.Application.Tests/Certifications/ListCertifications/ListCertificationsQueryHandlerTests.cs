using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Tests.Support;
using CertStatus.Testing.Domain;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CertStatus.Application.Tests.Certifications.ListCertifications;

[TestFixture]
public sealed class ListCertificationsQueryHandlerTests
{
    private static readonly DateTimeOffset Now = Clocks.Now;

    private Mock<ICertificationReadStore> _readStore = null!;
    private ListCertificationsQueryHandler _handler = null!;
    private CertificationListCriteria? _criteria;
    private ListWindow<CertificationSortKey>? _window;
    private IReadOnlyList<CertificationReadModel> _items = [];
    private int _total;
    private bool _hasMore;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp()
    {
        _readStore = new Mock<ICertificationReadStore>(MockBehavior.Strict);
        _criteria = null;
        _window = null;
        _items = [];
        _total = 0;
        _hasMore = false;
        _readStore
            .Setup(r => r.ListCertificationsAsync(
                It.IsAny<CertificationListCriteria>(),
                It.IsAny<ListWindow<CertificationSortKey>>(),
                It.IsAny<CancellationToken>()))
            .Callback<CertificationListCriteria, ListWindow<CertificationSortKey>, CancellationToken>((criteria, window, _) =>
            {
                _criteria = criteria;
                _window = window;
            })
            .ReturnsAsync(() => new ReadPage<CertificationReadModel>(_items, _total, _hasMore));
        _clock = Clocks.At(Now);
        _handler = new ListCertificationsQueryHandler(_readStore.Object, Cursors.Sealer, _clock);
    }

    private async Task<CertificationListCriteria> CriteriaFor(ListCertificationsQuery query)
    {
        await _handler.Handle(query, CancellationToken.None);
        Assert.That(_criteria, Is.Not.Null, "the read store was not asked");
        return _criteria!;
    }

    [Test]
    public async Task Handle_WhenNoFilters_AsksForEverythingByMentorId()
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery());

        Assert.That(criteria, Is.EqualTo(new CertificationListCriteria(null, null, null, CertificationSortOrder.MentorId)));
    }

    [Test]
    public async Task Handle_WhenCertificationTypeGiven_PassesItThrough()
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(CertificationType: "peer_mentor_advanced"));

        Assert.That(criteria.CertificationType, Is.EqualTo("peer_mentor_advanced"));
    }

    [Test]
    public async Task Handle_WhenIsExpiredTrue_BoundsExpiryAtOrBeforeNow()
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(IsExpired: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.ExpiresAfter, Is.Null);
            Assert.That(criteria.ExpiresAtOrBefore, Is.EqualTo(Now));
        }
    }

    [Test]
    public async Task Handle_WhenIsExpiredFalse_BoundsExpiryAfterNow()
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(IsExpired: false));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.ExpiresAfter, Is.EqualTo(Now));
            Assert.That(criteria.ExpiresAtOrBefore, Is.Null);
        }
    }

    [TestCase(null)]
    [TestCase(false)]
    public async Task Handle_WhenExpiringWithinDays_BoundsExpiryAfterNowAndAtOrBeforeTheHorizon(bool? isExpired)
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(IsExpired: isExpired, ExpiringWithinDays: 30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.ExpiresAfter, Is.EqualTo(Now));
            Assert.That(criteria.ExpiresAtOrBefore, Is.EqualTo(Now.AddDays(30)));
        }
    }

    [Test]
    public async Task Handle_WhenExpiringWithinZeroDays_BoundsToAnEmptyRange()
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(ExpiringWithinDays: 0));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.ExpiresAfter, Is.EqualTo(Now));
            Assert.That(criteria.ExpiresAtOrBefore, Is.EqualTo(Now));
        }
    }

    [Test]
    public async Task Handle_WhenExpiredAndExpiringWithinDays_IntersectsToAnEmptyRange()
    {
        // Expired and not yet expired cannot both hold: the bounds must leave nothing between them.
        var criteria = await CriteriaFor(new ListCertificationsQuery(IsExpired: true, ExpiringWithinDays: 30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(criteria.ExpiresAfter, Is.EqualTo(Now));
            Assert.That(criteria.ExpiresAtOrBefore, Is.EqualTo(Now));
        }
    }

    [TestCase("mentor_id", CertificationSortOrder.MentorId)]
    [TestCase("expiry_date", CertificationSortOrder.ExpiryDate)]
    [TestCase("-expiry_date", CertificationSortOrder.ExpiryDateDescending)]
    public async Task Handle_WhenSortGiven_MapsItToTheSortOrder(string sort, CertificationSortOrder expected)
    {
        var criteria = await CriteriaFor(new ListCertificationsQuery(Sort: sort));

        Assert.That(criteria.Sort, Is.EqualTo(expected));
    }

    [Test]
    public async Task Handle_WhenPageAndLimitGiven_AsksForThatPage()
    {
        await _handler.Handle(new ListCertificationsQuery(Page: 3, Limit: 5), CancellationToken.None);

        Assert.That(_window, Is.EqualTo(new ListWindow<CertificationSortKey>(Limit: 5, Offset: 10, After: null)));
    }

    [Test]
    public async Task Handle_WhenReadStoreAnswers_EchoesThePaginationWithTheTotal()
    {
        _total = 42;

        var response = await _handler.Handle(new ListCertificationsQuery(Page: 3, Limit: 5), CancellationToken.None);

        Assert.That(response.Pagination, Is.EqualTo(new Pagination(3, 5, 42, NextCursor: null)));
    }

    [Test]
    public async Task Handle_WhenMoreFollow_IssuesACursorForTheNextPageAfterTheLastItem()
    {
        var last = new CertificationBuilder().ForMentor("m-last").IssuedAt(Now.AddYears(-1)).ExpiringAt(Now.AddDays(9)).Build();
        _items = [last.AsStoredRow()];
        _total = 7;
        _hasMore = true;
        var query = new ListCertificationsQuery(Page: 3, Limit: 1, IsExpired: false, Sort: "expiry_date");

        var response = await _handler.Handle(query, CancellationToken.None);

        Assert.That(
            Cursors.Sealer.Read(response.Pagination.NextCursor),
            Is.EqualTo(new ListCursor(ListKind.CertificationStatuses, query.Walk, Now, 4, last.ExpiryDate, "m-last")));
    }

    [Test]
    public async Task Handle_WhenGivenACursor_ReadsAfterItsItemWithTheWalksBoundsAndNumbersThePage()
    {
        var walkStartedAt = Now.AddHours(-5);
        var expiry = Now.AddDays(2);
        var query = new ListCertificationsQuery(Limit: 10, IsExpired: false, Sort: "expiry_date");
        var cursor = Cursors.Sealer.Write(new ListCursor(ListKind.CertificationStatuses, query.Walk, walkStartedAt, 6, expiry, "m-0500"));
        _total = 9;

        var response = await _handler.Handle(query with { Cursor = cursor }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_window, Is.EqualTo(new ListWindow<CertificationSortKey>(10, 0, new CertificationSortKey("m-0500", expiry))));
            Assert.That(_criteria!.ExpiresAfter, Is.EqualTo(walkStartedAt), "the walk keeps the bounds of its first request");
            Assert.That(response.Pagination, Is.EqualTo(new Pagination(6, 10, 9, NextCursor: null)));
        }
    }

    [Test]
    public async Task Handle_WhenReadStoreAnswers_MapsEachItemAtNowInOrder()
    {
        var expired = new CertificationBuilder()
            .ForMentor("a-expired")
            .IssuedAt(Now.AddYears(-2))
            .ExpiringAt(Now)
            .Build();
        var current = new CertificationBuilder()
            .ForMentor("b-current")
            .IssuedAt(Now.AddYears(-1))
            .ExpiringAt(Now.AddDays(3).AddTicks(-1))
            .Build();
        _items = [expired.AsStoredRow(), current.AsStoredRow()];
        _total = 2;

        var response = await _handler.Handle(new ListCertificationsQuery(), CancellationToken.None);

        Assert.That(response.Data, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Data[0].MentorId, Is.EqualTo("a-expired"));
            Assert.That(response.Data[0].IsExpired, Is.True);
            Assert.That(response.Data[0].DaysUntilExpiry, Is.Zero);
            Assert.That(response.Data[0].Version, Is.EqualTo(expired.Version));
            Assert.That(response.Data[1].MentorId, Is.EqualTo("b-current"));
            Assert.That(response.Data[1].IsExpired, Is.False);
            Assert.That(response.Data[1].DaysUntilExpiry, Is.EqualTo(2));
        }
    }
}
