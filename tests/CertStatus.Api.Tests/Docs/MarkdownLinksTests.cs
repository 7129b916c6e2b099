using System.Text.RegularExpressions;
using CertStatus.Testing;

namespace CertStatus.Api.Tests.Docs;

/// <summary>
/// Every relative link in README.md and docs/ leads somewhere: to a file or folder of the
/// repository and, with a <c>#fragment</c>, to a heading of that document (GitHub's anchor for it).
/// Documents move and headings are renamed; a link nobody follows goes stale silently.
/// </summary>
public sealed partial class MarkdownLinksTests
{
    private static readonly string Root = RepositoryRoot.Path;

    private static IEnumerable<string> Documents() =>
        [Path.Combine(Root, "README.md"), .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Test]
    public void Documents_EveryRelativeLink_NamesAFileThatExists_AndAHeadingThereForItsFragment()
    {
        var checkedLinks = 0;
        var broken = new List<string>();
        foreach (var document in Documents())
        {
            foreach (var target in LinkTargets(File.ReadAllText(document)))
            {
                checkedLinks++;
                if (Problem(document, target) is { } problem)
                {
                    broken.Add($"{Path.GetRelativePath(Root, document)}: ({target}) {problem}");
                }
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checkedLinks, Is.GreaterThan(20), "too few links found: the link pattern no longer matches the documents");
            Assert.That(broken, Is.Empty);
        }
    }

    [Test]
    public void Anchor_IsGitHubs()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Anchor("Safe retries: `Idempotency-Key`"), Is.EqualTo("safe-retries-idempotency-key"));
            Assert.That(Anchor("The path of one request: `PUT /api/v1/certification-statuses/{mentorId}`"), Is.EqualTo("the-path-of-one-request-put-apiv1certification-statusesmentorid"));
            Assert.That(Anchor("Option 1: the idempotent T-SQL script (for DBAs)"), Is.EqualTo("option-1-the-idempotent-t-sql-script-for-dbas"));
        }
    }

    private static string? Problem(string document, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? null : target[(hash + 1)..];
        var file = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(path)));
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return "names no file";
        }

        if (fragment is null)
        {
            return null;
        }

        return File.Exists(file) && file.EndsWith(".md", StringComparison.Ordinal) && Anchors(File.ReadAllText(file)).Contains(fragment)
            ? null
            : $"has no heading '#{fragment}'";
    }

    /// <summary>The link targets outside fenced code, leaving out absolute URLs.</summary>
    private static IEnumerable<string> LinkTargets(string markdown) =>
        Link().Matches(FencedCode().Replace(markdown, string.Empty))
            .Select(match => match.Groups[1].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal));

    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Heading().Matches(FencedCode().Replace(markdown, string.Empty)).Select(match => Anchor(match.Groups[1].Value)))
        {
            var anchor = heading;
            for (var repeat = 1; !anchors.Add(anchor); repeat++)
            {
                anchor = $"{heading}-{repeat}";
            }
        }

        return anchors;
    }

    private static string Anchor(string heading) =>
        NotInAnchor().Replace(heading.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6} +(.+?) *$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\p{Mn}\p{Pc} -]")]
    private static partial Regex NotInAnchor();
}
