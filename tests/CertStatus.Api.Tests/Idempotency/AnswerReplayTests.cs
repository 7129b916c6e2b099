using System.Text;
using CertStatus.Api.Idempotency;
using CertStatus.Infrastructure.Persistence.Idempotency;
using Microsoft.AspNetCore.Http;

namespace CertStatus.Api.Tests.Idempotency;

/// <summary>Which answers are kept, what is kept of one, and how it is sent again.</summary>
public sealed class AnswerReplayTests
{
    [TestCase(200, true)]
    [TestCase(201, true)]
    [TestCase(400, true)]
    [TestCase(404, true)]
    [TestCase(422, true)]
    [TestCase(408, false)]
    [TestCase(409, false)]
    [TestCase(429, false)]
    [TestCase(500, false)]
    [TestCase(503, false)]
    public void IsReplayable_Stores2xxAnd4xx_ButNotAnswersAboutTheMoment(int status, bool replayable) =>
        Assert.That(AnswerReplay.IsReplayable(status), Is.EqualTo(replayable));

    [Test]
    public void Capture_KeepsStatusBodyLocationAndETag()
    {
        var response = new DefaultHttpContext().Response;
        response.StatusCode = StatusCodes.Status201Created;
        response.Headers.Location = "/things/1";
        response.Headers.ETag = "\"v1\"";
        using var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes("""{"id":"é"}"""));

        Assert.That(AnswerReplay.Capture(response, body), Is.EqualTo(new StoredAnswer(201, """{"id":"é"}""", "/things/1", "\"v1\"")));
    }

    [Test]
    public void Capture_WithoutLocationOrETag_KeepsNullsRatherThanEmptyStrings()
    {
        var response = new DefaultHttpContext().Response;
        response.StatusCode = StatusCodes.Status404NotFound;
        using var body = new MemoryStream();

        Assert.That(AnswerReplay.Capture(response, body), Is.EqualTo(new StoredAnswer(404, string.Empty, null, null)));
    }

    [Test]
    public void Replay_OfASuccess_SendsTheStoredAnswerAsJson_MarkedReplayed()
    {
        var httpContext = new DefaultHttpContext();

        var result = AnswerReplay.Replay(httpContext, new StoredAnswer(201, """{"id":1}""", "/things/1", "\"v1\""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StatusCode, Is.EqualTo(201));
            Assert.That(result.Content, Is.EqualTo("""{"id":1}"""));
            Assert.That(result.ContentType, Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(httpContext.Response.Headers["Idempotent-Replayed"].ToString(), Is.EqualTo("true"));
            Assert.That(httpContext.Response.Headers.Location.ToString(), Is.EqualTo("/things/1"));
            Assert.That(httpContext.Response.Headers.ETag.ToString(), Is.EqualTo("\"v1\""));
        }
    }

    [Test]
    public void Replay_OfAProblem_SendsProblemJson_WithoutLocationOrETag()
    {
        var httpContext = new DefaultHttpContext();

        var result = AnswerReplay.Replay(httpContext, new StoredAnswer(404, """{"status":404}""", null, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StatusCode, Is.EqualTo(404));
            Assert.That(result.ContentType, Is.EqualTo("application/problem+json; charset=utf-8"));
            Assert.That(httpContext.Response.Headers.ContainsKey("Location"), Is.False);
            Assert.That(httpContext.Response.Headers.ContainsKey("ETag"), Is.False);
        }
    }
}
