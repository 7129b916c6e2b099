using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.GetCertification;
using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Tests.Support;
using CertStatus.Testing.Domain;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CertStatus.Application.Tests.Certifications.GetCertification;

[TestFixture]
public sealed class GetCertificationQueryHandlerTests
{
    private static readonly DateTimeOffset Expiry = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private Mock<ICertificationReadStore> _readStore = null!;
    private FakeTimeProvider _clock = null!;
    private GetCertificationQueryHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _readStore = new Mock<ICertificationReadStore>(MockBehavior.Strict);
        _clock = new FakeTimeProvider(Expiry.AddDays(-10).AddHours(-6));
        _handler = new GetCertificationQueryHandler(_readStore.Object, _clock);
    }

    [Test]
    public async Task Handle_WhenFound_ReturnsTheRepresentationAtNow()
    {
        var certification = new CertificationBuilder().ForMentor("mentor-7").ExpiringAt(Expiry).Build();
        _readStore.Setup(r => r.FindCertificationAsync("mentor-7", It.IsAny<CancellationToken>())).ReturnsAsync(certification.AsStoredRow());

        var response = await _handler.Handle(new GetCertificationQuery("mentor-7"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.MentorId, Is.EqualTo("mentor-7"));
            Assert.That(response.ExpiryDate, Is.EqualTo(Expiry));
            Assert.That(response.IsExpired, Is.False);
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(10));
            Assert.That(response.Version, Is.EqualTo(certification.Version));
        }
    }

    [Test]
    public async Task Handle_WhenClockHasPassedExpiry_ReportsExpired()
    {
        var certification = new CertificationBuilder().ExpiringAt(Expiry).Build();
        _readStore.Setup(r => r.FindCertificationAsync(certification.MentorId, It.IsAny<CancellationToken>())).ReturnsAsync(certification.AsStoredRow());
        _clock.SetUtcNow(Expiry.AddTicks(1));

        var response = await _handler.Handle(new GetCertificationQuery(certification.MentorId), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsExpired, Is.True);
            Assert.That(response.DaysUntilExpiry, Is.EqualTo(-1));
        }
    }

    [Test]
    public void Handle_WhenNotFound_ThrowsNotFoundException()
    {
        _readStore.Setup(r => r.FindCertificationAsync("ghost", It.IsAny<CancellationToken>())).ReturnsAsync((CertificationReadModel?)null);

        var exception = Assert.ThrowsAsync<NotFoundException>(async () => await _handler.Handle(new GetCertificationQuery("ghost"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("ghost"));
    }

    [Test]
    public async Task Handle_WhenCalled_PassesTheCancellationTokenToTheReadStore()
    {
        using var cancellation = new CancellationTokenSource();
        var certification = new CertificationBuilder().Build();
        _readStore.Setup(r => r.FindCertificationAsync(certification.MentorId, cancellation.Token)).ReturnsAsync(certification.AsStoredRow());

        await _handler.Handle(new GetCertificationQuery(certification.MentorId), cancellation.Token);

        _readStore.Verify(r => r.FindCertificationAsync(certification.MentorId, cancellation.Token), Times.Once);
    }
}
