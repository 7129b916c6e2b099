using CertStatus.Api.Http;

namespace CertStatus.Api.Tests.Http;

public sealed class EntityTagTests
{
    private static readonly Guid Version = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Test]
    public void For_WhenGivenAVersion_QuotesItsThirtyTwoLowerCaseHexDigits() =>
        Assert.That(EntityTag.For(Version), Is.EqualTo("\"0f8fad5bd9cb469fa16570867728950e\""));

    [Test]
    public void TryReadVersion_WhenTheTagIsSpelledAsForSpellsIt_ReadsTheVersionBack()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(EntityTag.TryReadVersion(EntityTag.For(Version), out var version), Is.True);
            Assert.That(version, Is.EqualTo(Version));
        }
    }

    [TestCase("0f8fad5bd9cb469fa16570867728950e", TestName = "TryReadVersion_WhenUnquoted_ReadsNothing")]
    [TestCase("\"0F8FAD5BD9CB469FA16570867728950E\"", TestName = "TryReadVersion_WhenUpperCase_ReadsNothing")]
    [TestCase("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", TestName = "TryReadVersion_WhenHyphenated_ReadsNothing")]
    [TestCase("\"{0f8fad5bd9cb469fa16570867728950e}\"", TestName = "TryReadVersion_WhenBraced_ReadsNothing")]
    [TestCase("\"\"0f8fad5bd9cb469fa16570867728950e\"\"", TestName = "TryReadVersion_WhenDoublyQuoted_ReadsNothing")]
    [TestCase("\"v1\"", TestName = "TryReadVersion_WhenNotAVersion_ReadsNothing")]
    [TestCase("\"\"", TestName = "TryReadVersion_WhenEmpty_ReadsNothing")]
    public void TryReadVersion_WhenSpelledOtherwise_ReadsNothing(string tag) =>
        Assert.That(EntityTag.TryReadVersion(tag, out _), Is.False);
}
