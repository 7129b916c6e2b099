using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals.DeleteRenewal;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.DeleteRenewal;

[TestFixture]
public sealed class DeleteRenewalCommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderRenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestRenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Mock<ICertificationRepository> _repository = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private DeleteRenewalCommandHandler _handler = null!;
    private Certification _certification = null!;
    private Renewal _older = null!;
    private Renewal _latest = null!;
    private DateTimeOffset? _expiryAtCommit;
    private int _renewalsAtCommit;

    [SetUp]
    public void SetUp()
    {
        _repository = new Mock<ICertificationRepository>(MockBehavior.Strict);
        _unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        _certification = new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(IssueDate)
            .RenewedOn(OlderRenewalDate, OlderExpiry)
            .RenewedOn(LatestRenewalDate, LatestExpiry)
            .Build();
        var bySequence = _certification.Renewals.OrderBy(r => r.Sequence).ToList();
        _older = CertificationBuilder.Stored(bySequence[0], 41);
        _latest = CertificationBuilder.Stored(bySequence[1], 42);
        _expiryAtCommit = null;
        _renewalsAtCommit = -1;
        _repository.Setup(r => r.FindByRenewalAsync(It.IsIn(41L, 42L), It.IsAny<CancellationToken>())).ReturnsAsync(_certification);
        _repository.Setup(r => r.FindByRenewalAsync(It.IsNotIn(41L, 42L), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Certification?)null);
        _unitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                _expiryAtCommit = _certification.ExpiryDate;
                _renewalsAtCommit = _certification.Renewals.Count;
            })
            .Returns(Task.CompletedTask);
        _handler = new DeleteRenewalCommandHandler(_repository.Object, _unitOfWork.Object, Clocks.Default());
    }

    [Test]
    public async Task Handle_WhenLatest_RestoresThePreviousExpiryThenCommits()
    {
        await _handler.Handle(new DeleteRenewalCommand("renewal-0042"), CancellationToken.None);

        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_expiryAtCommit, Is.EqualTo(OlderExpiry), "the expiry must be restored before the commit");
            Assert.That(_renewalsAtCommit, Is.EqualTo(1), "the record must be removed before the commit");
            Assert.That(_certification.LastRenewalDate, Is.EqualTo(OlderRenewalDate));
            Assert.That(_certification.Renewals, Is.EqualTo(new[] { _older }));
        }
    }

    [Test]
    public async Task Handle_WhenOlder_RemovesOnlyTheRecord()
    {
        await _handler.Handle(new DeleteRenewalCommand("renewal-0041"), CancellationToken.None);

        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_expiryAtCommit, Is.EqualTo(LatestExpiry));
            Assert.That(_certification.Renewals, Is.EqualTo(new[] { _latest }));
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
        _repository.Verify(r => r.FindByRenewalAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenNumberIsUnknown_ThrowsNotFoundWithoutCommitting()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new DeleteRenewalCommand("renewal-0043"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("renewal-0043"));
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
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
            Assert.That(_certification.Renewals, Has.Count.EqualTo(2));
            Assert.That(_certification.ExpiryDate, Is.EqualTo(LatestExpiry));
        }

        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchNamesTheCurrentVersion_DeletesAndCommits()
    {
        var command = new DeleteRenewalCommand("renewal-0042", IfMatch.OneOf(_latest.Version));

        var response = await _handler.Handle(command, CancellationToken.None);

        Assert.That(response.Deleted, Is.True);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
