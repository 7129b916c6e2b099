using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;

namespace CertStatus.Application.Tests.Common.Concurrency;

[TestFixture]
public sealed class IfMatchTests
{
    private static readonly Guid Version = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Test]
    public void EnsureSatisfiedBy_WhenThereIsNoPrecondition_DoesNotThrow() =>
        Assert.DoesNotThrow(() => ((IfMatch?)null).EnsureSatisfiedBy(Version));

    [Test]
    public void EnsureSatisfiedBy_WhenAnyVersion_DoesNotThrow() =>
        Assert.DoesNotThrow(() => IfMatch.Any.EnsureSatisfiedBy(Version));

    [Test]
    public void EnsureSatisfiedBy_WhenOneOfTheVersionsIsCurrent_DoesNotThrow() =>
        Assert.DoesNotThrow(() => IfMatch.OneOf(Guid.NewGuid(), Version).EnsureSatisfiedBy(Version));

    [Test]
    public void EnsureSatisfiedBy_WhenNoVersionIsCurrent_ThrowsPreconditionFailedNamingTheCurrentVersion()
    {
        var exception = Assert.Throws<PreconditionFailedException>(
            () => IfMatch.OneOf(new Guid("0f8fad5b-d9cb-469f-a165-70867728950f")).EnsureSatisfiedBy(Version));

        Assert.That(exception!.CurrentVersion, Is.EqualTo(Version));
    }

    [Test]
    public void EnsureSatisfiedBy_WhenTheListIsEmpty_ThrowsPreconditionFailed() =>
        Assert.Throws<PreconditionFailedException>(() => IfMatch.OneOf().EnsureSatisfiedBy(Version));
}
