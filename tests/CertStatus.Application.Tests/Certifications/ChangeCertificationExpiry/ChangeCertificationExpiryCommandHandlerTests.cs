using CertStatus.Application.Certifications.ChangeCertificationExpiry;
using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Certifications.ChangeCertificationExpiry;

[TestFixture]
public sealed class ChangeCertificationExpiryCommandHandlerTests : CommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OldExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ChangeCertificationExpiryCommandHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        Holds(new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OldExpiry)
            .RecordedAt(IssueDate)
            .Build());
        _handler = new ChangeCertificationExpiryCommandHandler(Repository.Object, UnitOfWork.Object, Clock);
    }

    private static ChangeCertificationExpiryCommand Command(IfMatch? ifMatch = null, string mentorId = "mentor-3") =>
        new(mentorId, NewExpiry, "extended after review", ifMatch);

    [Test]
    public async Task Handle_WhenFound_ChangesTheExpiryThenCommits()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(ExpiryAtCommit, Is.EqualTo(NewExpiry), "the change must be made before the commit");
    }

    [Test]
    public async Task Handle_WhenFound_ReturnsTheChangedRepresentation()
    {
        var versionBefore = Loaded.Version;

        var response = await _handler.Handle(Command(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-3"));
            Assert.That(response.ExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(response.UpdatedReason, Is.EqualTo("extended after review"));
            Assert.That(response.UpdatedAt, Is.EqualTo(Clocks.Now));
            Assert.That(response.CreatedAt, Is.EqualTo(IssueDate));
            // 2025-06-01T12:00Z to 2027-01-01T00:00Z is 578.5 days.
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(578));
            Assert.That(response.Version, Is.EqualTo(Loaded.Version));
            Assert.That(response.Version, Is.Not.EqualTo(versionBefore));
        }
    }

    [Test]
    public void Handle_WhenNotFound_ThrowsNotFoundWithoutCommitting()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(Command(mentorId: "ghost"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("ghost"));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherVersion_ThrowsPreconditionFailedWithoutChangingOrCommitting()
    {
        var currentVersion = Loaded.Version;
        var staleVersion = Guid.NewGuid();

        var exception = Assert.ThrowsAsync<PreconditionFailedException>(
            async () => await _handler.Handle(Command(IfMatch.OneOf(staleVersion)), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.CurrentVersion, Is.EqualTo(currentVersion));
            Assert.That(Loaded.ExpiryDate, Is.EqualTo(OldExpiry));
            Assert.That(Loaded.Version, Is.EqualTo(currentVersion));
        }

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchIsAnyVersion_ChangesAndCommits()
    {
        var response = await _handler.Handle(Command(IfMatch.Any), CancellationToken.None);

        Assert.That(response.ExpiryDate, Is.EqualTo(NewExpiry));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenIfMatchListsTheCurrentTagAmongOthers_ChangesAndCommits()
    {
        var ifMatch = IfMatch.OneOf(Guid.NewGuid(), Loaded.Version);

        var response = await _handler.Handle(Command(ifMatch), CancellationToken.None);

        Assert.That(response.ExpiryDate, Is.EqualTo(NewExpiry));
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void Handle_WhenDomainRefusesTheNewExpiry_ThrowsItsRuleWithoutCommitting()
    {
        var command = Command() with { ExpiryDate = IssueDate };

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.Rule, Is.InstanceOf<ExpiryMustFollowIssue>());
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenCommitHitsConcurrencyConflict_LetsItThrough()
    {
        UnitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException());

        Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _handler.Handle(Command(), CancellationToken.None));
    }
}
