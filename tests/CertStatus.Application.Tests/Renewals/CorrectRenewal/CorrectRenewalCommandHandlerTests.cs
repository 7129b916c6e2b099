using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Renewals.CorrectRenewal;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.CorrectRenewal;

[TestFixture]
public sealed class CorrectRenewalCommandHandlerTests : CommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderRenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OlderExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestRenewalDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestExpiry = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CorrectedExpiry = new(2028, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private CorrectRenewalCommandHandler _handler = null!;
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
        _handler = new CorrectRenewalCommandHandler(Repository.Object, UnitOfWork.Object, Clock);
    }

    [Test]
    public async Task Handle_WhenLatestExpiryCorrected_MovesTheCertificationsExpiryThenCommits()
    {
        await _handler.Handle(new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, null), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(ExpiryAtCommit, Is.EqualTo(CorrectedExpiry), "the correction must be made before the commit");
    }

    [Test]
    public async Task Handle_WhenCorrected_ReturnsTheCorrectedRepresentation()
    {
        var versionBefore = _latest.Version;

        var response = await _handler.Handle(
            new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, "corrected"),
            CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.RenewalId, Is.EqualTo("renewal-0042"));
            Assert.That(response.MentorId, Is.EqualTo("mentor-3"));
            Assert.That(response.RenewalDate, Is.EqualTo(LatestRenewalDate));
            Assert.That(response.NewExpiryDate, Is.EqualTo(CorrectedExpiry));
            Assert.That(response.PreviousExpiryDate, Is.EqualTo(OlderExpiry));
            Assert.That(response.Notes, Is.EqualTo("corrected"));
            Assert.That(response.CreatedAt, Is.EqualTo(IssueDate));
            Assert.That(response.UpdatedAt, Is.EqualTo(Clocks.Now));
            Assert.That(response.Version, Is.EqualTo(_latest.Version));
            Assert.That(response.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public async Task Handle_WhenOlderExpiryCorrected_ChangesOnlyThatRecord()
    {
        var corrected = OlderExpiry.AddMonths(1);

        var response = await _handler.Handle(new CorrectRenewalCommand("renewal-0041", corrected, null), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.RenewalId, Is.EqualTo("renewal-0041"));
            Assert.That(response.NewExpiryDate, Is.EqualTo(corrected));
            Assert.That(Loaded.ExpiryDate, Is.EqualTo(LatestExpiry));
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(LatestExpiry));
        }

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenNotesAreEmpty_ClearsThem()
    {
        var response = await _handler.Handle(new CorrectRenewalCommand("renewal-0042", null, ""), CancellationToken.None);

        Assert.That(response.Notes, Is.Null);
    }

    [TestCase("renewal-42")]
    [TestCase("renewal-00042")]
    [TestCase("Renewal-0042")]
    [TestCase("42")]
    public void Handle_WhenIdIsNotCanonical_ThrowsNotFoundWithoutAskingTheRepository(string renewalId)
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new CorrectRenewalCommand(renewalId, CorrectedExpiry, null), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo(renewalId));
        Repository.Verify(r => r.FindByRenewalAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenNumberIsUnknown_ThrowsNotFoundWithoutCommitting()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new CorrectRenewalCommand("renewal-0043", CorrectedExpiry, null), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("renewal-0043"));
        Repository.Verify(r => r.FindByRenewalAsync(43, It.IsAny<CancellationToken>()), Times.Once);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenTheLoadedCertificationDoesNotHoldTheNumber_ThrowsNotFound()
    {
        Repository.Setup(r => r.FindByRenewalAsync(43, It.IsAny<CancellationToken>())).ReturnsAsync(Loaded);

        Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new CorrectRenewalCommand("renewal-0043", CorrectedExpiry, null), CancellationToken.None));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherVersion_ThrowsPreconditionFailedWithoutChangingOrCommitting()
    {
        var currentVersion = _latest.Version;
        var command = new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, null, IfMatch.OneOf(Guid.NewGuid()));

        var exception = Assert.ThrowsAsync<PreconditionFailedException>(async () => await _handler.Handle(command, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.CurrentVersion, Is.EqualTo(currentVersion));
            Assert.That(_latest.NewExpiryDate, Is.EqualTo(LatestExpiry));
            Assert.That(_latest.UpdatedAt, Is.Null);
            Assert.That(Loaded.ExpiryDate, Is.EqualTo(LatestExpiry));
        }

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherRenewalsVersion_ThrowsPreconditionFailed()
    {
        var command = new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, null, IfMatch.OneOf(_older.Version));

        Assert.ThrowsAsync<PreconditionFailedException>(async () => await _handler.Handle(command, CancellationToken.None));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchNamesTheCurrentVersion_CorrectsAndCommits()
    {
        var command = new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, null, IfMatch.OneOf(_latest.Version));

        var response = await _handler.Handle(command, CancellationToken.None);

        Assert.That(response.NewExpiryDate, Is.EqualTo(CorrectedExpiry));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenIfMatchIsAnyVersion_CorrectsAndCommits()
    {
        var command = new CorrectRenewalCommand("renewal-0042", CorrectedExpiry, null, IfMatch.Any);

        var response = await _handler.Handle(command, CancellationToken.None);

        Assert.That(response.NewExpiryDate, Is.EqualTo(CorrectedExpiry));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void Handle_WhenDomainRefusesTheCorrection_ThrowsItsRuleWithoutCommitting()
    {
        var command = new CorrectRenewalCommand("renewal-0042", OlderExpiry, null);

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.Rule, Is.InstanceOf<RenewalMustExtendExpiry>());
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
