using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.CreateCertification;
using CertStatus.Application.Common.Behaviors;
using CertStatus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CertStatus.Application.Tests.Common.Behaviors;

[TestFixture]
public sealed class ValidationBehaviorTests
{
    private static readonly CreateCertificationCommand Valid = new(
        "mentor-1",
        "peer_mentor_standard",
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly CertificationResponse HandlerResponse = new(
        "mentor-1",
        "peer_mentor_standard",
        Valid.IssueDate!.Value,
        Valid.ExpiryDate!.Value,
        false,
        200,
        Valid.IssueDate!.Value,
        null,
        Valid.IssueDate!.Value,
        Valid.IssueDate!.Value);

    private static readonly string[] MentorIdOnly = ["mentor_id"];
    private static readonly string[] MentorIdAndType = ["mentor_id", "certification_type"];

    private int _nextCalls;

    [SetUp]
    public void SetUp() => _nextCalls = 0;

    private ValueTask<CertificationResponse> Next(CreateCertificationCommand message, CancellationToken cancellationToken)
    {
        _nextCalls++;
        return ValueTask.FromResult(HandlerResponse);
    }

    private static ValidationBehavior<CreateCertificationCommand, CertificationResponse> Behavior(
        params IValidator<CreateCertificationCommand>[] validators) => new(validators);

    private static CreateCertificationCommandValidator RealValidator() =>
        new(Options.Create(new CertificationTypeOptions()));

    [Test]
    public void Handle_WhenValidationFails_ThrowsValidationExceptionWithoutCallingNext()
    {
        var behavior = Behavior(RealValidator());

        var exception = Assert.ThrowsAsync<ValidationException>(
            async () => await behavior.Handle(Valid with { MentorId = "-bad" }, Next, CancellationToken.None));

        Assert.That(exception!.Errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(MentorIdOnly));
        Assert.That(_nextCalls, Is.Zero);
    }

    [Test]
    public void Handle_WhenSeveralValidatorsFail_ReportsTheFailuresOfEvery()
    {
        var mentorRule = new InlineValidator<CreateCertificationCommand>();
        mentorRule.RuleFor(c => c.MentorId).Equal("someone-else");
        var typeRule = new InlineValidator<CreateCertificationCommand>();
        typeRule.RuleFor(c => c.CertificationType).Equal("another_type");
        var behavior = Behavior(mentorRule, typeRule);

        var exception = Assert.ThrowsAsync<ValidationException>(
            async () => await behavior.Handle(Valid, Next, CancellationToken.None));

        Assert.That(exception!.Errors.Select(e => e.PropertyName), Is.EquivalentTo(MentorIdAndType));
        Assert.That(_nextCalls, Is.Zero);
    }

    [Test]
    public async Task Handle_WhenValidationPasses_CallsNextOnceAndReturnsItsResponse()
    {
        var behavior = Behavior(RealValidator());

        var response = await behavior.Handle(Valid, Next, CancellationToken.None);

        Assert.That(response, Is.SameAs(HandlerResponse));
        Assert.That(_nextCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_WhenTheMessageHasNoValidator_CallsNext()
    {
        var behavior = Behavior();

        var response = await behavior.Handle(Valid with { MentorId = "-bad" }, Next, CancellationToken.None);

        Assert.That(response, Is.SameAs(HandlerResponse));
        Assert.That(_nextCalls, Is.EqualTo(1));
    }
}
