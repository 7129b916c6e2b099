using System.Net;
using System.Text.Json.Nodes;

namespace CertStatus.Api.Tests.Support;

/// <summary>Checks the RFC 9457 shape every error of the service has (SPEC §4).</summary>
public static class Problems
{
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);

        var problem = JsonNode.Parse(text) as JsonObject ?? throw new AssertionException($"Expected a JSON object, got: {text}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(NonEmptyString(problem, "type"), Is.True, $"type: {text}");
            Assert.That(NonEmptyString(problem, "title"), Is.True, $"title: {text}");
            Assert.That(NonEmptyString(problem, "detail"), Is.True, $"detail: {text}");
            Assert.That(NonEmptyString(problem, "traceId"), Is.True, $"traceId: {text}");
            Assert.That(problem["status"]?.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number), text);
            Assert.That((int?)problem["status"], Is.EqualTo((int)status), text);

            // Nothing internal leaks: no stack frames, exception or namespace names.
            Assert.That(text, Does.Not.Contain("Exception").And.Not.Contain("CertStatus.").And.Not.Contain("System."));
            Assert.That(text, Does.Not.Match(@"\bat [\w.`<>]+\("), "stack frame");
        }

        return problem;
    }

    public static async Task<JsonObject> AssertValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"] as JsonObject ?? throw new AssertionException($"A 400 needs an 'errors' object: {problem.ToJsonString()}");
        Assert.That(errors.Select(error => error.Key), Is.EquivalentTo(fields), problem.ToJsonString());
        foreach (var (field, messages) in errors)
        {
            Assert.That(messages?.AsArray().Select(m => (string?)m), Is.Not.Empty.And.All.Not.Empty, $"messages for {field}");
        }

        return errors;
    }

    private static bool NonEmptyString(JsonObject problem, string name) =>
        problem[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text);
}
