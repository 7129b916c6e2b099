using System.Text.Json;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Robustness.Hostile;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Robustness.Fuzz;

/// <summary>
/// Valid requests to every write route (and the list queries), mutated by <see cref="RequestMutator"/>
/// for a fixed number of iterations from a fixed seed: a mutation that happens to stay valid may be
/// accepted (2xx); every other one must be a 4xx problem; none may be a 5xx; only accepted requests
/// may change the database; and afterwards every stored row still obeys <see cref="StoredInvariants"/>.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
[NonParallelizable]
public sealed class MutatedRequestFuzzTests(DatabaseProvider provider) : SeededApiFixture(provider)
{
    /// <summary>Fixed, so a failure names an iteration that the next run repeats exactly.</summary>
    private const int Seed = 20_260_326;
    private const int Iterations = 300;

    [Test]
    public async Task MutatedRequests_AreAcceptedOrRefusedWithA4xxProblem_AndOnlyAcceptedOnesWrite()
    {
        var mutator = new RequestMutator(new Random(Seed));
        var expected = await SnapshotAsync();
        var failures = new List<string>();
        var accepted = 0;
        var refused = 0;

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var (request, mutations) = mutator.Next(iteration);
            var response = await SendAsync(request);
            var after = await SnapshotAsync();
            var what = $"#{iteration} [{mutations}] {request}\n   → {response.Status} {Truncate(response.Text)}";

            if (response.Status is >= 200 and < 300)
            {
                accepted++;
                expected = after;
                continue;
            }

            refused++;
            if (ProblemFault(response) is { } fault)
            {
                failures.Add($"{what}\n   {fault}");
            }

            if (after.Text != expected.Text)
            {
                failures.Add($"{what}\n   refused, yet the database changed:\n{after.Text}");
                expected = after;
            }
        }

        TestContext.Out.WriteLine($"seed {Seed}: {Iterations} requests, {accepted} accepted, {refused} refused");
        var violations = StoredInvariants.Violations(expected);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty, string.Join("\n", failures));
            Assert.That(violations, Is.Empty, $"{string.Join("\n", violations)}\n{expected.Text}");

            // The fuzzer is only worth its iterations if it hits both sides of the line.
            Assert.That(accepted, Is.GreaterThan(0), "no mutated request was accepted");
            Assert.That(refused, Is.GreaterThan(Iterations / 2), "too few mutated requests were refused");
        }
    }

    /// <summary>Why a refusal is not a 4xx RFC 9457 problem, or null when it is one.</summary>
    private static string? ProblemFault(RawResponse response)
    {
        if (response.Status is < 400 or > 499)
        {
            return $"status {response.Status} is not a 4xx";
        }

        if (response.Header("Content-Type") is not { } contentType || !contentType.StartsWith("application/problem+json", StringComparison.Ordinal))
        {
            return $"content type '{response.Header("Content-Type")}' is not application/problem+json";
        }

        try
        {
            var problem = JsonNode.Parse(response.Text) as JsonObject;
            string[] members = ["type", "title", "detail", "traceId"];
            var missing = members.Where(member => problem?[member] is not JsonValue value || string.IsNullOrWhiteSpace(value.ToString())).ToList();
            return missing.Count > 0 ? $"problem lacks {string.Join(", ", missing)}"
                : (int?)problem!["status"] != response.Status ? "problem status differs from the HTTP status"
                : null;
        }
        catch (JsonException)
        {
            return "problem is not JSON";
        }
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
