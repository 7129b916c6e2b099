using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Events;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Certifications.DeleteCertification;

[TestFixture]
public sealed class DeleteCertificationCommandHandlerTests : CommandHandlerTests
{
    private DeleteCertificationCommandHandler _handler = null!;
    private bool _removed;
    private bool _removedBeforeCommit;

    [SetUp]
    public void SetUp()
    {
        _removed = false;
        _removedBeforeCommit = false;
        Holds(new CertificationBuilder().ForMentor("mentor-5").Build());
        Repository.Setup(r => r.Remove(Loaded)).Callback(() => _removed = true);
        _handler = new DeleteCertificationCommandHandler(Repository.Object, UnitOfWork.Object);
    }

    protected override void OnCommit() => _removedBeforeCommit = _removed;

    [Test]
    public async Task Handle_WhenFound_RemovesThenCommits()
    {
        await _handler.Handle(new DeleteCertificationCommand("mentor-5"), CancellationToken.None);

        Repository.Verify(r => r.Remove(Loaded), Times.Once);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(_removedBeforeCommit, Is.True, "the removal must be tracked before the commit");
        Assert.That(Loaded.TakeDomainEvents(), Does.Contain(new CertificationDeleted("mentor-5")), "the aggregate says it was deleted, so the deletion is counted");
    }

    [Test]
    public async Task Handle_WhenFound_AnswersDeletedWithTheMentorId()
    {
        var response = await _handler.Handle(new DeleteCertificationCommand("mentor-5"), CancellationToken.None);

        Assert.That(response, Is.EqualTo(new DeleteCertificationResponse(true, "mentor-5")));
    }

    [Test]
    public void Handle_WhenNotFound_ThrowsNotFoundWithoutRemovingOrCommitting()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new DeleteCertificationCommand("ghost"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("ghost"));
        Repository.Verify(r => r.Remove(It.IsAny<Certification>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherVersion_ThrowsPreconditionFailedWithoutRemovingOrCommitting()
    {
        var command = new DeleteCertificationCommand("mentor-5", IfMatch.OneOf(Guid.NewGuid()));

        var exception = Assert.ThrowsAsync<PreconditionFailedException>(async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.CurrentVersion, Is.EqualTo(Loaded.Version));
        Repository.Verify(r => r.Remove(It.IsAny<Certification>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchIsAnyVersion_RemovesAndCommits()
    {
        await _handler.Handle(new DeleteCertificationCommand("mentor-5", IfMatch.Any), CancellationToken.None);

        Repository.Verify(r => r.Remove(Loaded), Times.Once);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenIfMatchNamesTheCurrentVersion_RemovesAndCommits()
    {
        var command = new DeleteCertificationCommand("mentor-5", IfMatch.OneOf(Loaded.Version));

        await _handler.Handle(command, CancellationToken.None);

        Repository.Verify(r => r.Remove(Loaded), Times.Once);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
