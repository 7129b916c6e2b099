using CertStatus.Application.Common.Persistence;
using CertStatus.Domain.Certifications;
using CertStatus.Testing.Domain;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CertStatus.Application.Tests.Support;

/// <summary>
/// What every command handler test starts from: strict mocks of the repository and the unit of
/// work, the default clock, and what the loaded certification looked like when the handler
/// committed, so that a test can tell a change made before the commit from one made after it.
/// </summary>
public abstract class CommandHandlerTests
{
    protected Mock<ICertificationRepository> Repository { get; private set; } = null!;

    protected Mock<IUnitOfWork> UnitOfWork { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; private set; } = null!;

    /// <summary>The certification the repository loads (<see cref="Holds"/>, <see cref="HoldsByRenewals"/>), if any.</summary>
    protected Certification Loaded { get; private set; } = null!;

    protected DateTimeOffset? ExpiryAtCommit { get; private set; }

    protected int RenewalsAtCommit { get; private set; }

    [SetUp]
    public void SetUpCommandHandlerKit()
    {
        Repository = new Mock<ICertificationRepository>(MockBehavior.Strict);
        UnitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        Clock = Clocks.Default();
        Loaded = null!;
        ExpiryAtCommit = null;
        RenewalsAtCommit = -1;
        UnitOfWork.Setup(u => u.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                ExpiryAtCommit = Loaded?.ExpiryDate;
                RenewalsAtCommit = Loaded?.Renewals.Count ?? -1;
                OnCommit();
            })
            .Returns(Task.CompletedTask);
    }

    /// <summary>What else a test records when the handler commits.</summary>
    protected virtual void OnCommit()
    {
    }

    /// <summary>The repository loads <paramref name="certification"/> by its mentor id, and nothing for any other.</summary>
    protected void Holds(Certification certification)
    {
        Loaded = certification;
        Repository.Setup(r => r.FindAsync(certification.MentorId, It.IsAny<CancellationToken>())).ReturnsAsync(certification);
        Repository.Setup(r => r.FindAsync(It.Is<string>(id => id != certification.MentorId), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Certification?)null);
    }

    /// <summary>
    /// Stores the certification's renewals as numbers 41, 42, … (oldest first) and has the repository
    /// load it by those numbers, and nothing for any other; returns the renewals oldest first.
    /// </summary>
    protected IReadOnlyList<Renewal> HoldsByRenewals(Certification certification)
    {
        Loaded = certification;
        var stored = certification.Renewals.OrderBy(r => r.Sequence).Select((renewal, index) => CertificationBuilder.Stored(renewal, 41 + index)).ToList();
        var numbers = stored.Select(renewal => renewal.Number).ToArray();
        Repository.Setup(r => r.FindByRenewalAsync(It.IsIn(numbers), It.IsAny<CancellationToken>())).ReturnsAsync(certification);
        Repository.Setup(r => r.FindByRenewalAsync(It.IsNotIn(numbers), It.IsAny<CancellationToken>())).ReturnsAsync((Certification?)null);
        return stored;
    }
}
