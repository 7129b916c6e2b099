namespace CertStatus.Client.Tests.Support;

/// <summary>Compares the OpenAPI document the service serves with the one the client SDK was generated from.</summary>
public static class OpenApiDocuments
{
    public const string CommittedPath = "src/CertStatus.Client/openapi.json";

    public const string OutOfDateMessage =
        "src/CertStatus.Client/openapi.json is out of date: run build/generate-client.sh and commit the result.";

    /// <summary>
    /// Whether the two texts are the same document. Only line endings (a Windows checkout) and
    /// leading or trailing white space (a final newline) are forgiven: the file is written as
    /// served, so anything else is drift.
    /// </summary>
    public static bool AreSame(string served, string committed) => Normalize(served) == Normalize(committed);

    private static string Normalize(string document) => document.ReplaceLineEndings("\n").Trim();
}
