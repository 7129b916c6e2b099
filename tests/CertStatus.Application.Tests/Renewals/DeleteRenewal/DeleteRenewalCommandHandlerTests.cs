using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Renewals.DeleteRenewal;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.DeleteRenewal;

[TestFixture]
public sealed class DeleteRenewalCommandHandlerTests : CommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderRenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestRenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DeleteRenewalCommandHandler _handler = null!;
    private Renewal _older = null!;
    private Renewal _latest = null!;

    [SetUp]
    public void SetUp()
    {
        var stored = HoldsByRenewals(new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(IssueDate)
            .RenewedOn(OlderRenewalDate, OlderExpiry)
            .RenewedOn(LatestRenewalDate, LatestExpiry)
            .Build());
        (_older, _latest) = (stored[0], stored[1]);
        _handler = new DeleteRenewalCommandHandler(Repository.Object, UnitOfWork.Object, Clock);
    }

    [Test]
    public async Task Handle_WhenLatest_RestoresThePreviousExpiryThenCommits()
    {
        await _handler.Handle(new DeleteRenewalCommand("renewal-0042"), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ExpiryAtCommit, Is.EqualTo(OlderExpiry), "the expiry must be restored before the commit");
            Assert.That(RenewalsAtCommit, Is.EqualTo(1), "the record must be removed before the commit");
            Assert.That(Loaded.LastRenewalDate, Is.EqualTo(OlderRenewalDate));
            Assert.That(Loaded.Renewals, Is.EqualTo(new[] { _older }));
        }
    }

    [Test]
    public async Task Handle_WhenOlder_RemovesOnlyTheRecord()
    {
        await _handler.Handle(new DeleteRenewalCommand("renewal-0041"), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ExpiryAtCommit, Is.EqualTo(LatestExpiry));
            Assert.That(Loaded.Renewals, Is.EqualTo(new[] { _latest }));
        }
    }

    [Test]
    public async Task Handle_WhenDeleted_AnswersDeletedWithTheRenewalId()
    {
        var response = await _handler.Handle(new DeleteRenewalCommand("renewal-0042"), CancellationToken.None);

        Assert.That(response, Is.EqualTo(new DeleteRenewalResponse(true, "renewal-0042")));
    }

    [TestCase("renewal-42")]
    [TestCase("renewal-00042")]
    [TestCase("renewal-0000")]
    [TestCase("RENEWAL-0042")]
    public void Handle_WhenIdIsNotCanonical_ThrowsNotFoundWithoutAskingTheRepository(string renewalId)
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new DeleteRenewalCommand(renewalId), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo(renewalId));
        Repository.Verify(r => r.FindByRenewalAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenNumberIsUnknown_ThrowsNotFoundWithoutCommitting()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new DeleteRenewalCommand("renewal-0043"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("renewal-0043"));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherVersion_ThrowsPreconditionFailedWithoutRemovingOrCommitting()
    {
        var currentVersion = _latest.Version;
        var command = new DeleteRenewalCommand("renewal-0042", IfMatch.OneOf(Guid.NewGuid()));

        var exception = Assert.ThrowsAsync<PreconditionFailedException>(async () => await _handler.Handle(command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.CurrentVersion, Is.EqualTo(currentVersion));
            Assert.That(Loaded.Renewals, Has.Count.EqualTo(2));
            Assert.That(Loaded.ExpiryDate, Is.EqualTo(LatestExpiry));
        }

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchNamesTheCurrentVersion_DeletesAndCommits()
    {
        var command = new DeleteRenewalCommand("renewal-0042", IfMatch.OneOf(_latest.Version));

        var response = await _handler.Handle(command, CancellationToken.None);

        Assert.That(response.Deleted, Is.True);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
