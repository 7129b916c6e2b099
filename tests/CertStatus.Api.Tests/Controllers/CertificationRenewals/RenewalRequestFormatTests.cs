using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CertStatus.Api.Tests.Support;
using CertStatus.Infrastructure.Persistence;

namespace CertStatus.Api.Tests.Controllers.CertificationRenewals;

/// <summary>SPEC §2: renewal bodies are application/json (else 415) of at most 64 KiB (else 413); a refused body changes nothing.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RenewalRequestFormatTests(DatabaseProvider provider) : RenewalApiFixture(provider)
{
    private const string MentorId = "mentor-001";
    private const int MaxBodyBytes = 64 * 1024;

    [SetUp]
    public Task CreateMentorAsync() => CreateAsync(MentorId);

    [TestCase(Routes.Renewals, "text/plain")]
    [TestCase(Routes.Renewals, "application/xml")]
    [TestCase(Routes.Renewals, null)]
    [TestCase(Routes.AliasRenewals, "text/plain")]
    public async Task Record_WithAnotherOrNoMediaType_Returns415AndRecordsNothing(string root, string? mediaType)
    {
        var before = await SnapshotAsync(MentorId);
        using var content = Content(new RenewalBuilder(MentorId).Build().ToJsonString(), mediaType);

        using var response = await Client.PostAsync(new Uri(root, UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithJsonAndCharset_Returns201()
    {
        using var content = Content(new RenewalBuilder(MentorId).Build().ToJsonString(), "application/json; charset=utf-8");

        using var response = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("text/plain")]
    [TestCase(null)]
    public async Task Correct_WithAnotherOrNoMediaType_Returns415AndChangesNothing(string? mediaType)
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);
        using var content = Content(Correction("2029-01-01T00:00:00Z").ToJsonString(), mediaType);

        using var response = await SendAsync(HttpMethod.Put, Routes.Renewal(renewal.RenewalId), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithBodyOneByteOver64KiB_Returns413AndRecordsNothing()
    {
        var before = await SnapshotAsync(MentorId);

        using var response = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), Json(PaddedRenewal(MaxBodyBytes + 1)));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That((string?)problem["detail"], Does.Contain("64 KiB"));
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    [Test]
    public async Task Record_WithBodyOfExactly64KiB_IsAccepted()
    {
        using var response = await Client.PostAsync(new Uri(Routes.Renewals, UriKind.Relative), Json(PaddedRenewal(MaxBodyBytes)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Record_WithChunkedBodyOver64KiB_Returns413AndRecordsNothing()
    {
        var bytes = Encoding.UTF8.GetBytes(PaddedRenewal(MaxBodyBytes + 1024));
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Routes.Renewals, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(await CountRenewalsAsync(), Is.Zero);
    }

    [Test]
    public async Task Correct_WithBodyOver64KiB_Returns413AndChangesNothing()
    {
        var renewal = await RecordAsync(new RenewalBuilder(MentorId));
        var before = await SnapshotAsync(MentorId);

        using var response = await PutAsync(Routes.Renewal(renewal.RenewalId), Correction(notes: new string('n', MaxBodyBytes)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(await SnapshotAsync(MentorId), Is.EqualTo(before));
    }

    private static ByteArrayContent Content(string body, string? mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>A valid renewal body padded with insignificant white space to exactly <paramref name="bytes"/> bytes.</summary>
    private static string PaddedRenewal(int bytes)
    {
        var json = new RenewalBuilder(MentorId).Build().ToJsonString();
        return json[..^1] + new string(' ', bytes - Encoding.UTF8.GetByteCount(json)) + "}";
    }
}
