using CertStatus.Application.Common.Exceptions;
using CertStatus.Application.Common.Reading;
using CertStatus.Application.Renewals;
using CertStatus.Application.Renewals.GetRenewal;
using CertStatus.Application.Tests.Support;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;
using Moq;

namespace CertStatus.Application.Tests.Renewals.GetRenewal;

[TestFixture]
public sealed class GetRenewalQueryHandlerTests
{
    private static readonly DateTimeOffset IssueDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OriginalExpiry = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RenewalDate = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewExpiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Mock<ICertificationReadStore> _readStore = null!;
    private GetRenewalQueryHandler _handler = null!;
    private Renewal _renewal = null!;

    [SetUp]
    public void SetUp()
    {
        _readStore = new Mock<ICertificationReadStore>(MockBehavior.Strict);
        var certification = new CertificationBuilder()
            .ForMentor("mentor-3")
            .IssuedAt(IssueDate)
            .ExpiringAt(OriginalExpiry)
            .RecordedAt(IssueDate)
            .RenewedOn(RenewalDate, NewExpiry)
            .Build();
        _renewal = CertificationBuilder.Stored(certification.Renewals.Single(), 12345);
        _readStore.Setup(r => r.FindRenewalAsync(12345, It.IsAny<CancellationToken>())).ReturnsAsync(_renewal.AsStoredRow());
        _readStore.Setup(r => r.FindRenewalAsync(It.Is<long>(n => n != 12345), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RenewalReadModel?)null);
        _handler = new GetRenewalQueryHandler(_readStore.Object);
    }

    [Test]
    public async Task Handle_WhenFound_ReturnsItsRepresentation()
    {
        var response = await _handler.Handle(new GetRenewalQuery("renewal-12345"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.RenewalId, Is.EqualTo("renewal-12345"));
            Assert.That(response.MentorId, Is.EqualTo("mentor-3"));
            Assert.That(response.RenewalDate, Is.EqualTo(RenewalDate));
            Assert.That(response.NewExpiryDate, Is.EqualTo(NewExpiry));
            Assert.That(response.PreviousExpiryDate, Is.EqualTo(OriginalExpiry));
            Assert.That(response.ProcessedBy, Is.EqualTo(CertificationBuilder.DefaultProcessedBy));
            Assert.That(response.UpdatedAt, Is.Null);
            Assert.That(response.Version, Is.EqualTo(_renewal.Version));
        }
    }

    [Test]
    public void Handle_WhenNumberIsUnknown_ThrowsNotFound()
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new GetRenewalQuery("renewal-0042"), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo("renewal-0042"));
        _readStore.Verify(r => r.FindRenewalAsync(42, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase("renewal-012345")]
    [TestCase("renewal-42")]
    [TestCase("Renewal-12345")]
    [TestCase("renewal-")]
    [TestCase("mentor-3")]
    public void Handle_WhenIdIsNotCanonical_ThrowsNotFoundWithoutAskingTheReadStore(string renewalId)
    {
        var exception = Assert.ThrowsAsync<NotFoundException>(
            async () => await _handler.Handle(new GetRenewalQuery(renewalId), CancellationToken.None));

        Assert.That(exception!.Id, Is.EqualTo(renewalId));
        _readStore.Verify(r => r.FindRenewalAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
