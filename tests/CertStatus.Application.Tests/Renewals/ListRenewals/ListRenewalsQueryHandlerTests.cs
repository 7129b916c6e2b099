using CertStatus.Application.Common.Paging;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.ListRenewals;
using CertStatus.Application.Tests.Support;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.ListRenewals;

[TestFixture]
public sealed class ListRenewalsQueryHandlerTests
{
    private Mock<ICertificationReadStore> _readStore = null!;
    private ListRenewalsQueryHandler _handler = null!;
    private RenewalListCriteria? _criteria;
    private ListWindow<RenewalSortKey>? _window;
    private IReadOnlyList<RenewalReadModel> _items = [];
    private int _total;
    private bool _hasMore;

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
            .Setup(r => r.ListRenewalsAsync(It.IsAny<RenewalListCriteria>(), It.IsAny<ListWindow<RenewalSortKey>>(), It.IsAny<CancellationToken>()))
            .Callback<RenewalListCriteria, ListWindow<RenewalSortKey>, CancellationToken>((criteria, window, _) =>
            {
                _criteria = criteria;
                _window = window;
            })
            .ReturnsAsync(() => new ReadPage<RenewalReadModel>(_items, _total, _hasMore));
        _handler = new ListRenewalsQueryHandler(_readStore.Object, Cursors.Sealer);
    }

    private async Task<RenewalListCriteria> CriteriaFor(ListRenewalsQuery query)
    {
        await _handler.Handle(query, CancellationToken.None);
        Assert.That(_criteria, Is.Not.Null, "the read store was not asked");
        return _criteria!;
    }

    [Test]
    public async Task Handle_WhenNoFilters_AsksForEverythingByRenewalId()
    {
        var criteria = await CriteriaFor(new ListRenewalsQuery());

        Assert.That(criteria, Is.EqualTo(new RenewalListCriteria(null, null, RenewalSortOrder.RenewalId)));
    }

    [Test]
    public async Task Handle_WhenMentorIdAndProcessedByGiven_PassesThemThrough()
    {
        var criteria = await CriteriaFor(new ListRenewalsQuery(MentorId: "mentor-3", ProcessedBy: "admin-9"));

        Assert.That(criteria, Is.EqualTo(new RenewalListCriteria("mentor-3", "admin-9", RenewalSortOrder.RenewalId)));
    }

    [TestCase("renewal_id", RenewalSortOrder.RenewalId)]
    [TestCase("renewal_date", RenewalSortOrder.RenewalDate)]
    [TestCase("-renewal_date", RenewalSortOrder.RenewalDateDescending)]
    public async Task Handle_WhenSortGiven_MapsItToTheSortOrder(string sort, RenewalSortOrder expected)
    {
        var criteria = await CriteriaFor(new ListRenewalsQuery(Sort: sort));

        Assert.That(criteria.Sort, Is.EqualTo(expected));
    }

    [Test]
    public async Task Handle_WhenPageAndLimitGiven_AsksForThatPage()
    {
        await _handler.Handle(new ListRenewalsQuery(Page: 4, Limit: 25), CancellationToken.None);

        Assert.That(_window, Is.EqualTo(new ListWindow<RenewalSortKey>(Limit: 25, Offset: 75, After: null)));
    }

    [Test]
    public async Task Handle_WhenMoreFollow_IssuesACursorThatReadsAfterTheLastItem()
    {
        var issue = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _items =
        [
            new RenewalReadModel(42, "mentor-1", issue.AddMonths(6), issue.AddYears(2), issue.AddYears(1), "admin-1", null, issue, null, Guid.NewGuid()),
        ];
        _total = 50;
        _hasMore = true;
        var query = new ListRenewalsQuery(Page: 2, Limit: 1, Sort: "-renewal_date");

        var first = await _handler.Handle(query, CancellationToken.None);
        _hasMore = false;
        var next = await _handler.Handle(query with { Page = null, Cursor = first.Pagination.NextCursor }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_window, Is.EqualTo(new ListWindow<RenewalSortKey>(1, 0, new RenewalSortKey(42, issue.AddMonths(6)))));
            Assert.That(next.Pagination, Is.EqualTo(new Pagination(3, 1, 50, NextCursor: null)));
        }
    }

    [Test]
    public async Task Handle_WhenReadStoreAnswers_EchoesThePaginationWithTheTotal()
    {
        _total = 77;

        var response = await _handler.Handle(new ListRenewalsQuery(Page: 4, Limit: 25), CancellationToken.None);

        Assert.That(response.Pagination, Is.EqualTo(new Pagination(4, 25, 77, NextCursor: null)));
    }

    [Test]
    public async Task Handle_WhenReadStoreAnswers_MapsEachItemInOrder()
    {
        var issue = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var first = new CertificationBuilder()
            .ForMentor("mentor-b")
            .IssuedAt(issue)
            .ExpiringAt(issue.AddYears(1))
            .RenewedOn(issue.AddMonths(11), issue.AddYears(2))
            .Build();
        var second = new CertificationBuilder()
            .ForMentor("mentor-a")
            .IssuedAt(issue)
            .ExpiringAt(issue.AddYears(1))
            .RenewedOn(issue.AddMonths(10), issue.AddYears(3))
            .Build();
        var b = CertificationBuilder.Stored(first.Renewals.Single(), 7);
        var a = CertificationBuilder.Stored(second.Renewals.Single(), 8);
        _items = [b.AsStoredRow(), a.AsStoredRow()];
        _total = 2;

        var response = await _handler.Handle(new ListRenewalsQuery(), CancellationToken.None);

        Assert.That(response.Data, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Data[0].RenewalId, Is.EqualTo("renewal-0007"));
            Assert.That(response.Data[0].MentorId, Is.EqualTo("mentor-b"));
            Assert.That(response.Data[0].NewExpiryDate, Is.EqualTo(issue.AddYears(2)));
            Assert.That(response.Data[0].Version, Is.EqualTo(b.Version));
            Assert.That(response.Data[1].RenewalId, Is.EqualTo("renewal-0008"));
            Assert.That(response.Data[1].MentorId, Is.EqualTo("mentor-a"));
        }
    }

    [Test]
    public async Task Handle_WhenNothingMatches_ReturnsAnEmptyPage()
    {
        var response = await _handler.Handle(new ListRenewalsQuery(MentorId: "nobody"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Data, Is.Empty);
            Assert.That(response.Pagination, Is.EqualTo(new Pagination(1, 20, 0, NextCursor: null)));
        }
    }
}
