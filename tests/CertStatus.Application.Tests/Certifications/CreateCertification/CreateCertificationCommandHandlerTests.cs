using CertStatus.Application.Certifications.CreateCertification;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using Moq;

namespace CertStatus.Application.Tests.Certifications.CreateCertification;

[TestFixture]
public sealed class CreateCertificationCommandHandlerTests : CommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiryDate = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private CreateCertificationCommandHandler _handler = null!;
    private Certification? _added;

    [SetUp]
    public void SetUp()
    {
        _added = null;
        Repository.Setup(r => r.ExistsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        Repository.Setup(r => r.Add(It.IsAny<Certification>())).Callback<Certification>(c => _added = c);
        _handler = new CreateCertificationCommandHandler(Repository.Object, UnitOfWork.Object, Clock);
    }

    protected override void OnCommit() => Assert.That(_added, Is.Not.Null, "committed before the certification was added");

    private static CreateCertificationCommand Command(string mentorId = "mentor-9") =>
        new(mentorId, "peer_mentor_standard", IssueDate, ExpiryDate);

    [Test]
    public async Task Handle_WhenMentorIsNew_AddsTheCertificationAndCommits()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_added, Is.Not.Null);
            Assert.That(_added!.MentorId, Is.EqualTo("mentor-9"));
            Assert.That(_added.CertificationType, Is.EqualTo("peer_mentor_standard"));
            Assert.That(_added.IssueDate, Is.EqualTo(IssueDate));
            Assert.That(_added.ExpiryDate, Is.EqualTo(ExpiryDate));
            Assert.That(_added.CreatedAt, Is.EqualTo(Clocks.Now));
        }
    }

    [Test]
    public async Task Handle_WhenMentorIsNew_ReturnsTheStoredRepresentation()
    {
        var response = await _handler.Handle(Command(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-9"));
            Assert.That(response.IssueDate, Is.EqualTo(IssueDate));
            Assert.That(response.ExpiryDate, Is.EqualTo(ExpiryDate));
            Assert.That(response.LastRenewalDate, Is.EqualTo(IssueDate));
            Assert.That(response.CreatedAt, Is.EqualTo(Clocks.Now));
            Assert.That(response.UpdatedAt, Is.EqualTo(Clocks.Now));
            Assert.That(response.IsExpired, Is.False);
            // 2025-06-01T12:00Z to 2026-05-01T00:00Z is 333.5 days.
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(333));
            Assert.That(response.Version, Is.EqualTo(_added!.Version));
        }
    }

    [Test]
    public void Handle_WhenMentorAlreadyExists_ThrowsDuplicateWithoutAddingOrCommitting()
    {
        Repository.Setup(r => r.ExistsAsync("mentor-9", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var exception = Assert.ThrowsAsync<DuplicateException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("mentor-9"));
        Repository.Verify(r => r.Add(It.IsAny<Certification>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenCommitHitsUniqueConstraint_ThrowsDuplicate()
    {
        UnitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UniqueConstraintViolationException(new InvalidOperationException("UNIQUE constraint failed")));

        var exception = Assert.ThrowsAsync<DuplicateException>(async () => await _handler.Handle(Command(), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("mentor-9"));
    }

    [Test]
    public void Handle_WhenCommitHitsConcurrencyConflict_LetsItThrough()
    {
        UnitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException());

        Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _handler.Handle(Command(), CancellationToken.None));
    }

    [Test]
    public void Handle_WhenDomainRefusesTheDates_ThrowsItsRuleWithoutAddingOrCommitting()
    {
        var command = Command() with { ExpiryDate = IssueDate };

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.Rule, Is.InstanceOf<ExpiryMustFollowIssue>());
        Repository.Verify(r => r.Add(It.IsAny<Certification>()), Times.Never);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
