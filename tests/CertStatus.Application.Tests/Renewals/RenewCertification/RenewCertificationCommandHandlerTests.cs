using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Renewals.RenewCertification;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.RenewCertification;

[TestFixture]
public sealed class RenewCertificationCommandHandlerTests : CommandHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OldExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private RenewCertificationCommandHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        Holds(new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OldExpiry)
            .RecordedAt(IssueDate)
            .Build());
        _handler = new RenewCertificationCommandHandler(Repository.Object, UnitOfWork.Object, Clock);
    }

    // Storing the renewal is what gives it its number.
    protected override void OnCommit()
    {
        foreach (var renewal in Loaded.Renewals)
        {
            CertificationBuilder.Stored(renewal, 42);
        }
    }

    private static RenewCertificationCommand Command(string mentorId = "mentor-3") =>
        new(mentorId, RenewalDate, NewExpiry, "admin-9", "annual review");

    [Test]
    public async Task Handle_WhenMentorHasACertification_RecordsTheRenewalThenCommits()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RenewalsAtCommit, Is.EqualTo(1), "the renewal must be recorded before the commit");
            Assert.That(ExpiryAtCommit, Is.EqualTo(NewExpiry), "the expiry must move in the same commit");
        }
    }

    [Test]
    public async Task Handle_WhenRecorded_ReturnsTheStoredRepresentation()
    {
        var response = await _handler.Handle(Command(), CancellationToken.None);

        var renewal = Loaded.Renewals.Single();
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
            Assert.That(response.Version, Is.EqualTo(renewal.Version));
        }
    }

    [Test]
    public async Task Handle_WhenRecorded_MovesTheCertificationsDates()
    {
        await _handler.Handle(Command(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Loaded.ExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(Loaded.LastRenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(Loaded.UpdatedAt, Is.EqualTo(Clocks.Now));
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

        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenDomainRefusesTheRenewal_ThrowsItsRuleWithoutCommitting()
    {
        var command = Command() with { NewExpiryDate = OldExpiry };

        var exception = Assert.ThrowsAsync<DomainRuleViolationException>(
            async () => await _handler.Handle(command, CancellationToken.None));

        Assert.That(exception!.Rule, Is.InstanceOf<RenewalMustExtendExpiry>());
        Assert.That(Loaded.Renewals, Is.Empty);
        UnitOfWork.Verify(u => u.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenCommitHitsConcurrencyConflict_LetsItThrough()
    {
        UnitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException());

        Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _handler.Handle(Command(), CancellationToken.None));
    }
}
