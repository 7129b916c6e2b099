using System.Globalization;
using System.Net;
using System.Text;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CertStatus.Api.Tests.Operations;

/// <summary>
/// A body that is not text in the charset its Content-Type declares is the caller's mistake: through
/// the real pipeline it is answered 400 and logged as nothing worse than a Warning, whether or not it
/// carries an Idempotency-Key (with one, the 400 is stored and replayed like any other 4xx).
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class UndecodableBodyTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string KeyHeader = "Idempotency-Key";
    private const string ReplayedHeader = "Idempotent-Replayed";

    private readonly CapturingLogSink _logs = new();

    protected override void ConfigureFactory(CertStatusApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.WithServices(services => services.AddSingleton<ILogEventSink>(_logs));
    }

    [Test]
    public async Task PostWithHalfAUtf16Character_IsAnswered400_AndLogsNothingAtError()
    {
        _logs.Clear();

        using var response = await PostUndecodableAsync(key: null);

        await AssertValidationProblemAsync(response, "body");
        AssertNothingLoggedAtError();
    }

    [Test]
    public async Task KeyedPostWithHalfAUtf16Character_IsAnswered400AndReplayed_AndLogsNothingAtError()
    {
        _logs.Clear();
        var key = Guid.NewGuid().ToString();

        using var first = await PostUndecodableAsync(key);
        using var repeat = await PostUndecodableAsync(key);

        var errors = await AssertValidationProblemAsync(first, "body");
        var replayedErrors = await AssertValidationProblemAsync(repeat, "body");
        Assert.That(repeat.Headers.TryGetValues(ReplayedHeader, out var replayed) ? replayed : [], Is.EqualTo(new[] { "true" }));
        Assert.That(replayedErrors.ToJsonString(), Is.EqualTo(errors.ToJsonString()));
        AssertNothingLoggedAtError();
    }

    private async Task<HttpResponseMessage> PostUndecodableAsync(string? key)
    {
        // UTF-8 bytes of an odd length, declared UTF-16: the last byte is half a character.
        var body = Encoding.UTF8.GetBytes("""{"mentor_id":"mentor-charsets"}""");
        Assert.That(body.Length % 2, Is.EqualTo(1));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Routes.Statuses, UriKind.Relative))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = MediaType("application/json; charset=utf-16") } },
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(KeyHeader, key);
        }

        var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        return response;
    }

    private void AssertNothingLoggedAtError()
    {
        var errors = _logs.Events
            .Where(e => e.Level >= LogEventLevel.Error)
            .Select(e => $"{CapturingLogSink.SourceContextOf(e)}: {e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception}")
            .ToList();
        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }
}
