using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationStatuses;

/// <summary>SPEC §2: bodies are application/json (else 415) of at most 64 KiB (else 413); a refused body changes nothing.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RequestFormatTests(DatabaseProvider provider) : ApiFixture(provider)
{
    private const int MaxBodyBytes = 64 * 1024;

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data")]
    public async Task Create_WithAnotherMediaType_Returns415AndCreatesNothing(string mediaType)
    {
        using var content = new StringContent(new CertificationStatusBuilder().Build().ToJsonString(), Encoding.UTF8, mediaType);

        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithoutContentType_Returns415AndCreatesNothing()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new CertificationStatusBuilder().Build().ToJsonString()));

        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), content);

        Assert.That(content.Headers.ContentType, Is.Null);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_AtAlias_WithAnotherMediaType_Returns415()
    {
        using var content = new StringContent(new CertificationStatusBuilder().Build().ToJsonString(), Encoding.UTF8, "text/plain");

        using var response = await Client.PostAsync(new Uri(Routes.AliasStatuses, UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Create_WithJsonAndCharset_Returns201()
    {
        using var content = new StringContent(new CertificationStatusBuilder().WithMentorId("mentor-001").Build().ToJsonString());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("text/plain")]
    [TestCase(null)]
    public async Task Update_WithAnotherOrNoMediaType_Returns415AndChangesNothing(string? mediaType)
    {
        var created = await CreateAsync("mentor-001");
        var bytes = Encoding.UTF8.GetBytes(ExpiryChange("2028-06-01T00:00:00Z").ToJsonString());
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);

        using var response = await SendAsync(HttpMethod.Put, Routes.Status("mentor-001"), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    [Test]
    public async Task Create_WithBodyOfExactly64KiB_IsAccepted()
    {
        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), Json(Padded(new CertificationStatusBuilder().WithMentorId("mentor-001").Build(), MaxBodyBytes)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_WithBodyOneByteOver64KiB_Returns413AndCreatesNothing()
    {
        using var response = await Client.PostAsync(new Uri(Routes.Statuses, UriKind.Relative), Json(Padded(new CertificationStatusBuilder().Build(), MaxBodyBytes + 1)));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That((string?)problem["detail"], Does.Contain("64 KiB"));
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Create_WithChunkedBodyOver64KiB_Returns413AndCreatesNothing()
    {
        // No Content-Length: the limit must hold while the body is read, not only when it is announced.
        var bytes = Encoding.UTF8.GetBytes(Padded(new CertificationStatusBuilder().Build(), MaxBodyBytes + 1024));
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Routes.Statuses, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(await CountStatusesAsync(), Is.Zero);
    }

    [Test]
    public async Task Update_WithBodyOver64KiB_Returns413AndChangesNothing()
    {
        var created = await CreateAsync("mentor-001");

        using var response = await PutAsync(Routes.Status("mentor-001"), ExpiryChange("2028-06-01T00:00:00Z", new string('r', MaxBodyBytes)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That((await GetStatusAsync("mentor-001")).Body.ToJsonString(), Is.EqualTo(created.Body.ToJsonString()));
    }

    /// <summary>The body as JSON, padded with insignificant white space to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(JsonObject body, int bytes)
    {
        var json = body.ToJsonString();
        Assert.That(Encoding.UTF8.GetByteCount(json), Is.LessThan(bytes));
        return json[..^1] + new string(' ', bytes - Encoding.UTF8.GetByteCount(json)) + "}";
    }
}
