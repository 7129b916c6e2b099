using CertStatus.Api.Http;
using CertStatus.Application.Common.Concurrency;

namespace CertStatus.Api.Tests.Http;

public sealed class IfMatchHeaderTests
{
    private static readonly Guid Version = new("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid Other = new("0f8fad5b-d9cb-469f-a165-70867728950f");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Parse_WhenAbsent_IsNoPrecondition(string? header) =>
        Assert.That(IfMatchHeader.Parse(header), Is.Null);

    [TestCase("*")]
    [TestCase("\"0f8fad5bd9cb469fa16570867728950e\", *")]
    public void Parse_WhenItHoldsAStar_IsAnyVersion(string header) =>
        Assert.That(IfMatchHeader.Parse(header), Is.SameAs(IfMatch.Any));

    [Test]
    public void Parse_WhenItListsStrongTags_NamesTheirVersions() =>
        Assert.That(
            IfMatchHeader.Parse($"{EntityTag.For(Other)}, {EntityTag.For(Version)}")!.Versions,
            Is.EqualTo(new[] { Other, Version }));

    [TestCase("W/\"0f8fad5bd9cb469fa16570867728950e\"", TestName = "Parse_WhenTheTagIsWeak_NamesNoVersion")]
    [TestCase("\"0F8FAD5BD9CB469FA16570867728950E\"", TestName = "Parse_WhenTheTagIsInAnotherCase_NamesNoVersion")]
    [TestCase("\"stale\"", TestName = "Parse_WhenTheTagIsNoVersion_NamesNoVersion")]
    [TestCase("0f8fad5bd9cb469fa16570867728950e", TestName = "Parse_WhenTheTagIsUnquoted_NamesNoVersion")]
    public void Parse_WhenNoTagNamesAStoredVersion_MatchesNothing(string header)
    {
        var ifMatch = IfMatchHeader.Parse(header);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ifMatch!.AnyVersion, Is.False);
            Assert.That(ifMatch.Versions, Is.Empty);
            Assert.That(ifMatch.IsSatisfiedBy(Version), Is.False);
        }
    }

    [Test]
    public void Parse_WhenAWeakTagIsListedBesideAStrongOne_KeepsOnlyTheStrongOne() =>
        Assert.That(
            IfMatchHeader.Parse($"W/{EntityTag.For(Other)}, {EntityTag.For(Version)}")!.Versions,
            Is.EqualTo(new[] { Version }));
}
