using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals.RenewCertification;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using CertStatus.Domain.Tests.Certifications;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CertStatus.Application.Tests.Renewals.RenewCertification;

[TestFixture]
public sealed class RenewCertificationCommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OldExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Mock<ICertificationRepository> _repository = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private FakeTimeProvider _clock = null!;
    private RenewCertificationCommandHandler _handler = null!;
    private Certification _certification = null!;
    private DateTimeOffset? _expiryAtCommit;
    private int _renewalsAtCommit;

    [SetUp]
    public void SetUp()
    {
        _repository = new Mock<ICertificationRepository>(MockBehavior.Strict);
        _unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        _clock = Clocks.Default();
        _certification = new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OldExpiry)
            .RecordedAt(IssueDate)
            .Build();
        _expiryAtCommit = null;
        _renewalsAtCommit = -1;
        _repository.Setup(r => r.FindAsync("mentor-3", It.IsAny<CancellationToken>())).ReturnsAsync(_certification);
        _repository.Setup(r => r.FindAsync(It.Is<string>(id => id != "mentor-3"), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Certification?)null);
        _unitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                _expiryAtCommit = _certification.ExpiryDate;
                _renewalsAtCommit = _certification.Renewals.Count;
                // Storing the renewal is what gives it its number.
                foreach (var renewal in _certification.Renewals)
                {
                    CertificationBuilder.Stored(renewal, 42);
                }
            })
            .Returns(Task.CompletedTask);
        _handler = new RenewCertificationCommandHandler(_repository.Object, _unitOfWork.Object, _clock);
    }

    private static RenewCertificationCommand Command(string mentorId = "mentor-3") =>
        new(mentorId, RenewalDate, NewExpiry, "admin-9", "annual review");

    [Test]
    public async Task Handle_WhenMentorHasACertification_RecordsTheRenewalThenCommits()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_renewalsAtCommit, Is.EqualTo(1), "the renewal must be recorded before the commit");
            Assert.That(_expiryAtCommit, Is.EqualTo(NewExpiry), "the expiry must move in the same commit");
        }
    }

    [Test]
    public async Task Handle_WhenRecorded_ReturnsTheStoredRepresentation()
    {
        var response = await _handler.Handle(Command(), CancellationToken.None);

        var renewal = _certification.Renewals.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.RenewalId, Is.EqualTo("renewal-0042"), "the id comes from the number given on commit");
            Assert.That(response.MentorId, Is.EqualTo("mentor-3"));
            Assert.That(response.RenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(response.NewExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(response.PreviousExpiryDate, Is.EqualTo(OldExpiry));
            Assert.That(response.ProcessedBy, Is.EqualTo("admin-9"));
            Assert.That(response.Notes, Is.EqualTo("annual review"));
            Assert.That(response.CreatedAt, Is.EqualTo(Clocks.Now));
            Assert.That(response.UpdatedAt, Is.Null);
            Assert.That(response.ETag, Is.EqualTo(ETags.For(renewal.Version)));
        }
    }

    [Test]
    public async Task Handle_WhenRecorded_MovesTheCertificationsDates()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_certification.ExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(_certification.LastRenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(_certification.UpdatedAt, Is.EqualTo(Clocks.Now));
        }
    }

    [Test]
    public void Handle_WhenMentorHasNoCertification_ThrowsMissingReferenceWithoutCommitting()
    {
        var exception = Assert.ThrowsAsync<MissingReferenceException>(
            async () => await _handler.Handle(Command("ghost"), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.Field, Is.EqualTo("mentor_id"));
            Assert.That(exception.Message, Does.Contain("ghost"));
        }

        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenDomainRefusesTheRenewal_ThrowsItsRuleWithoutCommitting()
    {
        var command = Command() with { NewExpiryDate = OldExpiry };

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(
            async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.Rule, Is.InstanceOf<RenewalMustExtendExpiry>());
        Assert.That(_certification.Renewals, Is.Empty);
        _unitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenCommitHitsConcurrencyConflict_LetsItThrough()
    {
        _unitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException());

        Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _handler.Handle(Command(), CancellationToken.None));
    }
}
