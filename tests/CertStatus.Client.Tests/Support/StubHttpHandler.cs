using System.Net;
using System.Text;

namespace CertStatus.Client.Tests.Support;

/// <summary>
/// A primary handler that answers from a queue of status codes (the last one repeats) and records
/// every request it is sent, with the headers as they reached the wire.
/// </summary>
public sealed class StubHttpHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
{
    /// <summary>A body every operation of the tests can read: a certification, a renewal and a list at once.</summary>
    private const string Body = """
        {"mentor_id":"mentor-001","certification_type":"peer_mentor_standard","issue_date":"2025-03-26T00:00:00Z",
         "expiry_date":"2027-03-26T00:00:00Z","is_expired":false,"days_until_expiry":365,"last_renewal_date":"2025-03-26T00:00:00Z",
         "updated_reason":null,"created_at":"2026-03-26T00:00:00Z","updated_at":"2026-03-26T00:00:00Z",
         "renewal_id":"renewal-0001","renewal_date":"2026-03-26T00:00:00Z","new_expiry_date":"2027-03-26T00:00:00Z",
         "previous_expiry_date":"2026-04-26T00:00:00Z","processed_by":"admin-001","notes":null,"deleted":true,
         "data":[],"pagination":{"page":1,"limit":20,"total":0}}
        """;

    private readonly Queue<HttpStatusCode> _statuses = new(statuses.Length == 0 ? [HttpStatusCode.OK] : statuses);
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpStatusCode status;
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.Authorization?.ToString(),
                request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null));
            status = _statuses.Count > 1 ? _statuses.Dequeue() : _statuses.Peek();
        }

        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(status == HttpStatusCode.OK || status == HttpStatusCode.Created ? Body : "{}", Encoding.UTF8, "application/json"),
        };
        response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\"");
        return Task.FromResult(response);
    }
}

/// <summary>What the stub saw of one request.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? IdempotencyKey);
