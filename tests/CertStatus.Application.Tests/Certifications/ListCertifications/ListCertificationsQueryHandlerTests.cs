using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ListCertifications;
using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Tests.Certifications;
using Moq;

namespace CertStatus.Application.Tests.Certifications.ListCertifications;

[TestFixture]
public sealed class ListCertificationsQueryHandlerTests
{
    private static readonly DateTimeOffset Now = Clocks.Now;

    private Mock<ICertificationReadStore> _readStore = null!;
    private ListCertificationsQueryHandler _handler = null!;
    private CertificationListCriteria? _criteria;
    private PageRequest? _page;
    private IReadOnlyList<CertificationReadModel> _items = [];
    private int _total;

    [SetUp]
    public void SetUp()
    {
        _readStore = new Mock<ICertificationReadStore>(MockBehavior.Strict);
        _criteria = null;
        _page = null;
        _items = [];
        _total = 0;
        _readStore
            .Setup(r => r.ListCertificationsAsync(It.IsAny<CertificationListCriteria>(), It.IsAny<PageRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CertificationListCriteria, PageRequest, CancellationToken>((criteria, page, _) =>
            {
                _criteria = criteria;
                _page = page;
            })
            .ReturnsAsync(() => new ReadPage<CertificationReadModel>(_items, _total));
        _handler = new ListCertificationsQueryHandler(_readStore.Object, Clocks.At(Now));
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

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_page, Is.EqualTo(new PageRequest(3, 5)));
            Assert.That(_page!.Offset, Is.EqualTo(10));
        }
    }

    [Test]
    public async Task Handle_WhenReadStoreAnswers_EchoesThePaginationWithTheTotal()
    {
        _total = 42;

        var response = await _handler.Handle(new ListCertificationsQuery(Page: 3, Limit: 5), CancellationToken.None);

        Assert.That(response.Pagination, Is.EqualTo(new Pagination(3, 5, 42)));
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
            Assert.That(response.Data[0].ETag, Is.EqualTo(ETags.For(expired.Version)));
            Assert.That(response.Data[1].MentorId, Is.EqualTo("b-current"));
            Assert.That(response.Data[1].IsExpired, Is.False);
            Assert.That(response.Data[1].DaysUntilExpiry, Is.EqualTo(2));
        }
    }
}
