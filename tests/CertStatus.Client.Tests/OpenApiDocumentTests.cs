using CertStatus.Client.Tests.Support;

namespace CertStatus.Client.Tests;

/// <summary>
/// The committed openapi.json (and so the generated client) must be what the service serves now:
/// a contract change that was not regenerated fails here rather than in a consumer's hands.
/// </summary>
public sealed class OpenApiDocumentTests : ServiceFixture
{
    private string _served = string.Empty;
    private string _committed = string.Empty;

    [OneTimeSetUp]
    public async Task ReadBothDocumentsAsync()
    {
        using var http = Factory.CreateClient();
        _served = await http.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        _committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, OpenApiDocuments.CommittedPath));
    }

    [Test]
    public void CommittedDocument_IsTheOneTheServiceServes()
    {
        Assert.That(OpenApiDocuments.AreSame(_served, _committed), Is.True, OpenApiDocuments.OutOfDateMessage);
    }

    /// <summary>SPEC §4: the allowed types are configuration, so deployed clients must not be generated with an enum.</summary>
    [TestCase("CertificationResponse")]
    [TestCase("CreateCertificationStatusRequest")]
    public void CertificationType_IsAPlainStringWithoutAnEnum(string schema)
    {
        using var document = System.Text.Json.JsonDocument.Parse(_committed);
        var property = document.RootElement.GetProperty("components").GetProperty("schemas")
            .GetProperty(schema).GetProperty("properties").GetProperty("certification_type");

        Assert.That(property.GetProperty("type").GetString(), Is.EqualTo("string"));
        Assert.That(property.TryGetProperty("enum", out _), Is.False);
    }

    // Self-tests: the comparison above can fail, and fails only for real differences.

    [Test]
    public void AreSame_WhenAnOperationChanged_IsFalse()
    {
        var changed = _committed.Replace("\"CertificationStatuses_Get\"", "\"CertificationStatuses_Read\"", StringComparison.Ordinal);

        Assert.That(changed, Is.Not.EqualTo(_committed), "the edit must have hit something");
        Assert.That(OpenApiDocuments.AreSame(_served, changed), Is.False);
    }

    [Test]
    public void AreSame_WhenAPropertyWasAdded_IsFalse()
    {
        var changed = _committed.Replace("\"mentor_id\": {", "\"mentor_code\": {\n          \"type\": \"string\"\n        },\n        \"mentor_id\": {", StringComparison.Ordinal);

        Assert.That(changed, Is.Not.EqualTo(_committed), "the edit must have hit something");
        Assert.That(OpenApiDocuments.AreSame(_served, changed), Is.False);
    }

    [Test]
    public void AreSame_WithWindowsLineEndingsAndAFinalNewline_IsTrue()
    {
        var checkedOutOnWindows = _served.ReplaceLineEndings("\r\n") + "\r\n";

        Assert.That(OpenApiDocuments.AreSame(_served, checkedOutOnWindows), Is.True);
    }
}
