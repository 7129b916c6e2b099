using CertStatus.Application.Certifications.DeleteCertification;
using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Certifications.DeleteCertification;

[TestFixture]
public sealed class DeleteCertificationCommandHandlerTests
{
    private Mock<ICertificationRepository> _repository = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private DeleteCertificationCommandHandler _handler = null!;
    private Certification _certification = null!;
    private bool _removedBeforeCommit;

    [SetUp]
    public void SetUp()
    {
        _repository = new Mock<ICertificationRepository>(MockBehavior.Strict);
        _unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        _certification = new CertificationBuilder().ForMentor("mentor-5").Build();
        _removedBeforeCommit = false;
        var removed = false;
        _repository.Setup(r => r.FindAsync("mentor-5", It.IsAny<CancellationToken>())).ReturnsAsync(_certification);
        _repository.Setup(r => r.FindAsync(It.Is<string>(id => id != "mentor-5"), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Certification?)null);
        _repository.Setup(r => r.Remove(_certification)).Callback(() => removed = true);
        _unitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _removedBeforeCommit = removed)
            .Returns(Task.CompletedTask);
        _handler = new DeleteCertificationCommandHandler(_repository.Object, _unitOfWork.Object);
    }

    [Test]
    public async Task Handle_WhenFound_RemovesThenCommits()
    {
        await _handler.Handle(new DeleteCertificationCommand("mentor-5"), CancellationToken.None);

        _repository.Verify(r => r.Remove(_certification), Times.Once);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.That(_removedBeforeCommit, Is.True, "the removal must be tracked before the commit");
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
        _repository.Verify(r => r.Remove(It.IsAny<Certification>()), Times.Never);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenIfMatchNamesAnotherVersion_ThrowsPreconditionFailedWithoutRemovingOrCommitting()
    {
        var command = new DeleteCertificationCommand("mentor-5", IfMatch.OneOf(Guid.NewGuid()));

        var exception = Assert.ThrowsAsync<PreconditionFailedException>(async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.CurrentVersion, Is.EqualTo(_certification.Version));
        _repository.Verify(r => r.Remove(It.IsAny<Certification>()), Times.Never);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenIfMatchIsAnyVersion_RemovesAndCommits()
    {
        await _handler.Handle(new DeleteCertificationCommand("mentor-5", IfMatch.Any), CancellationToken.None);

        _repository.Verify(r => r.Remove(_certification), Times.Once);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenIfMatchNamesTheCurrentVersion_RemovesAndCommits()
    {
        var command = new DeleteCertificationCommand("mentor-5", IfMatch.OneOf(_certification.Version));

        await _handler.Handle(command, CancellationToken.None);

        _repository.Verify(r => r.Remove(_certification), Times.Once);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
