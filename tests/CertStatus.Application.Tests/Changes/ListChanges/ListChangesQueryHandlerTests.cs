using CertStatus.Application.Certifications;
using CertStatus.Application.Changes;
using CertStatus.Application.Changes.ListChanges;
using CertStatus.Application.Common.ChangeFeed;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Renewals;
using CertStatus.Application.Tests.Support;
using CertStatus.Testing.Domain;
using Microsoft.Extensions.Options;
using Moq;

namespace CertStatus.Application.Tests.Changes.ListChanges;

[TestFixture]
public sealed class ListChangesQueryHandlerTests
{
    private static readonly DateTimeOffset ChangedAt = Clocks.Now.AddDays(-2);

    private Mock<IChangeFeedReadStore> _readStore = null!;
    private ListChangesQueryHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _readStore = new Mock<IChangeFeedReadStore>(MockBehavior.Strict);
        _handler = new ListChangesQueryHandler(_readStore.Object, Tokens.Sealer, Clocks.Default(), Options.Create(new ChangeFeedOptions { RetentionDays = 7 }));
    }

    [Test]
    public async Task Handle_MapsEachChangeAsGetOne_AndTheNextTokenIsTheLastPosition()
    {
        var certification = new CertificationBuilder().ForMentor("mentor-9").ExpiringAt(Clocks.Now.AddDays(3)).Build();
        var status = certification.AsStoredRow();
        var renewal = certification.Renew(Clocks.Now.AddDays(-1), Clocks.Now.AddYears(1), "admin-1", null, Clocks.Now);
        _readStore.Setup(r => r.ReadChangesAsync(40, 3, It.IsAny<CancellationToken>())).ReturnsAsync(new ChangeFeedPage(
            [
                new ChangeReadModel(41, ChangeResource.CertificationStatus, "mentor-9", ChangeOperation.Upsert, ChangedAt, status, null),
                new ChangeReadModel(42, ChangeResource.CertificationRenewal, "renewal-0000", ChangeOperation.Upsert, ChangedAt, null, renewal.AsStoredRow()),
                new ChangeReadModel(45, ChangeResource.CertificationRenewal, "renewal-0007", ChangeOperation.Delete, ChangedAt, null, null),
            ],
            HasMore: true,
            PrunedThrough: 40));

        var response = await _handler.Handle(new ListChangesQuery(Tokens.Sealer.Write(40), 3), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Data.Select(change => $"{change.Resource} {change.Id} {change.Operation}"), Is.EqualTo(new List<string>
            {
                "certification-status mentor-9 upsert", "certification-renewal renewal-0000 upsert", "certification-renewal renewal-0007 delete",
            }));
            Assert.That(response.Data[0].Data, Is.EqualTo(status.ToResponse(Clocks.Now)));
            Assert.That(((CertificationResponse)response.Data[0].Data!).DaysUntilExpiry, Is.EqualTo(3), "computed at now, as GET one does");
            Assert.That(response.Data[1].Data, Is.EqualTo(renewal.AsStoredRow().ToResponse()));
            Assert.That(response.Data[2].Data, Is.Null);
            Assert.That(response.Data.Select(change => change.ChangedAt), Has.All.EqualTo(ChangedAt));
            Assert.That(Tokens.Sealer.Read(response.NextToken), Is.EqualTo(45));
            Assert.That(response.HasMore, Is.True);
        }
    }

    [Test]
    public async Task Handle_WhenNoChangeFollows_AnswersTheSamePosition()
    {
        _readStore.Setup(r => r.ReadChangesAsync(40, 100, It.IsAny<CancellationToken>())).ReturnsAsync(new ChangeFeedPage([], false, 12));

        var response = await _handler.Handle(new ListChangesQuery(Tokens.Sealer.Write(40)), CancellationToken.None);

        Assert.That(Tokens.Sealer.Read(response.NextToken), Is.EqualTo(40));
        Assert.That(response.HasMore, Is.False);
    }

    [Test]
    public async Task Handle_WhenTheCleanUpDeletedThroughTheTokensPosition_IsStillAnswered()
    {
        _readStore.Setup(r => r.ReadChangesAsync(40, 100, It.IsAny<CancellationToken>())).ReturnsAsync(new ChangeFeedPage([], false, 40));

        var response = await _handler.Handle(new ListChangesQuery(Tokens.Sealer.Write(40)), CancellationToken.None);

        Assert.That(response.Data, Is.Empty);
    }

    [Test]
    public void Handle_WhenTheCleanUpDeletedChangesAfterTheToken_ThrowsChangeTokenExpired()
    {
        _readStore.Setup(r => r.ReadChangesAsync(40, 100, It.IsAny<CancellationToken>())).ReturnsAsync(new ChangeFeedPage([], false, 41));

        var expired = Assert.ThrowsAsync<ChangeTokenExpiredException>(async () =>
            await _handler.Handle(new ListChangesQuery(Tokens.Sealer.Write(40)), CancellationToken.None));

        Assert.That(expired!.RetentionDays, Is.EqualTo(7));
        Assert.That(expired.Message, Does.Contain("full resync"));
    }
}
