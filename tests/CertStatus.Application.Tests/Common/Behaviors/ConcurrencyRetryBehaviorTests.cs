using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Persistence;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.RenewCertification;
using CertStatus.Domain.Certifications.Rules;
using CertStatus.Domain.Common;
using Moq;

namespace CertStatus.Application.Tests.Common.Behaviors;

[TestFixture]
public sealed class ConcurrencyRetryBehaviorTests
{
    private const int MaxAttempts = ConcurrencyRetryBehavior<RenewCertificationCommand, RenewalResponse>.MaxAttempts;

    private static readonly DateTimeOffset At = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RenewCertificationCommand Command = new("mentor-1", At, At.AddYears(1), "admin-1", null);

    private static readonly RenewalResponse HandlerResponse =
        new("renewal-0001", "mentor-1", At, At.AddYears(1), At.AddMonths(1), "admin-1", null, At, null);

    private static readonly string[] OneAttempt = ["attempt"];
    private static readonly string[] TwoConflictsThenSuccess = ["attempt", "discard", "attempt", "discard", "attempt"];

    private Mock<IUnitOfWork> _unitOfWork = null!;
    private ConcurrencyRetryBehavior<RenewCertificationCommand, RenewalResponse> _behavior = null!;
    private List<string> _events = null!;
    private int _conflictsBeforeSuccess;
    private int _attempts;

    [SetUp]
    public void SetUp()
    {
        _unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        _events = [];
        _attempts = 0;
        _conflictsBeforeSuccess = 0;
        _unitOfWork.Setup(u => u.DiscardChanges()).Callback(() => _events.Add("discard"));
        _behavior = new ConcurrencyRetryBehavior<RenewCertificationCommand, RenewalResponse>(_unitOfWork.Object);
    }

    private ValueTask<RenewalResponse> Next(RenewCertificationCommand message, CancellationToken cancellationToken)
    {
        _attempts++;
        _events.Add("attempt");
        return _attempts <= _conflictsBeforeSuccess
            ? throw new ConcurrencyConflictException()
            : ValueTask.FromResult(HandlerResponse);
    }

    [Test]
    public async Task Handle_WhenNoConflict_RunsOnceWithoutDiscarding()
    {
        var response = await _behavior.Handle(Command, Next, CancellationToken.None);

        Assert.That(response, Is.SameAs(HandlerResponse));
        Assert.That(_events, Is.EqualTo(OneAttempt));
        _unitOfWork.Verify(u => u.DiscardChanges(), Times.Never);
    }

    [Test]
    public async Task Handle_WhenConflictsThenSucceeds_DiscardsBetweenAttemptsAndReturnsTheResponse()
    {
        _conflictsBeforeSuccess = 2;

        var response = await _behavior.Handle(Command, Next, CancellationToken.None);

        Assert.That(response, Is.SameAs(HandlerResponse));
        Assert.That(_events, Is.EqualTo(TwoConflictsThenSuccess));
    }

    [Test]
    public async Task Handle_WhenTheLastAllowedAttemptSucceeds_ReturnsTheResponse()
    {
        _conflictsBeforeSuccess = MaxAttempts - 1;

        var response = await _behavior.Handle(Command, Next, CancellationToken.None);

        Assert.That(response, Is.SameAs(HandlerResponse));
        Assert.That(_attempts, Is.EqualTo(MaxAttempts));
        _unitOfWork.Verify(u => u.DiscardChanges(), Times.Exactly(MaxAttempts - 1));
    }

    [Test]
    public void Handle_WhenEveryAttemptConflicts_GivesUpAfterMaxAttemptsByRethrowing()
    {
        _conflictsBeforeSuccess = int.MaxValue;

        Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _behavior.Handle(Command, Next, CancellationToken.None));

        Assert.That(_attempts, Is.EqualTo(MaxAttempts));
        Assert.That(_events, Has.Count.EqualTo((2 * MaxAttempts) - 1));
        Assert.That(_events[^1], Is.EqualTo("attempt"), "nothing is discarded after the last attempt");
        _unitOfWork.Verify(u => u.DiscardChanges(), Times.Exactly(MaxAttempts - 1));
    }

    [Test]
    public void Handle_WhenGivingUp_RethrowsTheLastConflictItself()
    {
        var last = new ConcurrencyConflictException();
        var calls = 0;

        var thrown = Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _behavior.Handle(
            Command,
            (_, _) => ++calls < MaxAttempts ? throw new ConcurrencyConflictException() : throw last,
            CancellationToken.None));

        Assert.That(thrown, Is.SameAs(last));
    }

    [Test]
    public void MaxAttempts_IsAtLeastTwo() =>
        Assert.That(MaxAttempts, Is.GreaterThanOrEqualTo(2), "a behaviour that never retries would retry nothing");

    private static IEnumerable<TestCaseData> OtherExceptions()
    {
        yield return new TestCaseData(new NotFoundException("renewal", "renewal-0042")).SetArgDisplayNames("not found");
        yield return new TestCaseData(new PreconditionFailedException(Guid.Empty)).SetArgDisplayNames("precondition failed");
        yield return new TestCaseData(new MissingReferenceException("mentor_id", "certification status", "ghost")).SetArgDisplayNames("missing reference");
        yield return new TestCaseData(new DomainRuleViolationException(new RenewalMustExtendExpiry(At, At))).SetArgDisplayNames("domain rule");
        yield return new TestCaseData(new UniqueConstraintViolationException(new InvalidOperationException())).SetArgDisplayNames("unique");
        yield return new TestCaseData(new InvalidOperationException("boom")).SetArgDisplayNames("unexpected");
    }

    [TestCaseSource(nameof(OtherExceptions))]
    public void Handle_WhenAnotherExceptionIsThrown_LetsItThroughWithoutRetrying(Exception exception)
    {
        var calls = 0;

        var thrown = Assert.CatchAsync(async () => await _behavior.Handle(
            Command,
            (_, _) =>
            {
                calls++;
                throw exception;
            },
            CancellationToken.None));

        Assert.That(thrown, Is.SameAs(exception));
        Assert.That(calls, Is.EqualTo(1));
        _unitOfWork.Verify(u => u.DiscardChanges(), Times.Never);
    }

    [Test]
    public async Task Handle_WhenRetrying_PassesTheSameMessageAndTokenEachTime()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = new List<(RenewCertificationCommand Message, CancellationToken Token)>();
        var calls = 0;

        await _behavior.Handle(
            Command,
            (message, token) =>
            {
                seen.Add((message, token));
                return ++calls < 3 ? throw new ConcurrencyConflictException() : ValueTask.FromResult(HandlerResponse);
            },
            cancellation.Token);

        Assert.That(seen, Has.Count.EqualTo(3).And.All.EqualTo((Command, cancellation.Token)));
    }
}
