using CertStatus.Application.Common.Concurrency;
using CertStatus.Application.Common.Exceptions;

namespace CertStatus.Application.Tests.Common.Concurrency;

[TestFixture]
public sealed class IfMatchTests
{
    private static readonly Guid Version = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Test]
    public void For_WhenGivenAVersion_QuotesItsThirtyTwoHexDigits() =>
        Assert.That(ETags.For(Version), Is.EqualTo("\"0f8fad5bd9cb469fa16570867728950e\""));

    [Test]
    public void EnsureSatisfiedBy_WhenThereIsNoPrecondition_DoesNotThrow() =>
        Assert.DoesNotThrow(() => ((IfMatch?)null).EnsureSatisfiedBy(Version));

    [Test]
    public void EnsureSatisfiedBy_WhenAnyVersion_DoesNotThrow() =>
        Assert.DoesNotThrow(() => IfMatch.Any.EnsureSatisfiedBy(Version));

    [Test]
    public void EnsureSatisfiedBy_WhenOneOfTheTagsIsCurrent_DoesNotThrow() =>
        Assert.DoesNotThrow(() => IfMatch.OneOf("\"other\"", ETags.For(Version)).EnsureSatisfiedBy(Version));

    [TestCase("\"0f8fad5bd9cb469fa16570867728950f\"")]
    [TestCase("W/\"0f8fad5bd9cb469fa16570867728950e\"")]
    [TestCase("0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("\"0F8FAD5BD9CB469FA16570867728950E\"")]
    public void EnsureSatisfiedBy_WhenNoTagIsTheCurrentOneExactly_ThrowsPreconditionFailedNamingTheCurrentTag(string eTag)
    {
        var exception = Assert.Throws<PreconditionFailedException>(() => IfMatch.OneOf(eTag).EnsureSatisfiedBy(Version));

        Assert.That(exception!.CurrentETag, Is.EqualTo(ETags.For(Version)));
    }

    [Test]
    public void EnsureSatisfiedBy_WhenTheListIsEmpty_ThrowsPreconditionFailed() =>
        Assert.Throws<PreconditionFailedException>(() => IfMatch.OneOf().EnsureSatisfiedBy(Version));
}
