using System.Text.RegularExpressions;
using CertStatus.Application.Certifications;
using CertStatus.Application.Certifications.ChangeCertificationExpiry;
using CertStatus.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// docs/architecture.md walks a request through the pipeline behaviours in order, in its text and
/// in its sequence diagram: both must name the behaviours the service runs, in the order it runs
/// them (the order the container hands them to the generated mediator, outermost first).
/// </summary>
public sealed partial class DocumentedPipelineTests
{
    [Test]
    public void ArchitectureDoc_NamesThePipelineBehavioursInTheOrderTheServiceRunsThem()
    {
        using var api = OperationsApi.Start();
        var running = api.Services
            .GetServices<IPipelineBehavior<ChangeCertificationExpiryCommand, CertificationResponse>>()
            .Select(behaviour => behaviour.GetType().Name.Split('`')[0])
            .ToList();
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md"));

        var pipelineStep = doc[doc.IndexOf("3. **Pipeline.**", StringComparison.Ordinal)..doc.IndexOf("4. **Handler.**", StringComparison.Ordinal)];
        var inText = Behaviours().Matches(pipelineStep).Select(match => match.Groups[1].Value).Distinct().ToList();
        var inDiagram = DiagramBehaviours().Matches(doc).Select(match => match.Groups[1].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(running, Is.Not.Empty);
            Assert.That(inText, Is.EqualTo(running), "docs/architecture.md, step 3 (Pipeline)");
            Assert.That(inDiagram, Is.EqualTo(running), "docs/architecture.md, the sequence diagram's participants");
        }
    }

    [GeneratedRegex(@"`(\w+Behavior)`")]
    private static partial Regex Behaviours();

    [GeneratedRegex(@"participant \w+ as (\w+Behavior)")]
    private static partial Regex DiagramBehaviours();
}
