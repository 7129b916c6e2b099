using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace CertStatus.Api.Tests.Robustness.Hostile;

/// <summary>
/// One HTTP/1.1 request exactly as written: the request target is sent byte for byte (Latin-1, so
/// percent-encodings, dot segments and control characters reach the server untouched, which a
/// <see cref="Uri"/> would normalise away), and the body is raw bytes (so it can be truncated or
/// be invalid UTF-8).
/// </summary>
/// <param name="Method">The method token, sent as written.</param>
/// <param name="Target">The request target (path and query), sent as written.</param>
/// <param name="Body">The body; null sends none (and no Content-Length).</param>
/// <param name="ContentType">The Content-Type header; null sends none.</param>
/// <param name="Headers">Further header lines, sent as written after the Content-Type.</param>
public sealed record RawRequest(string Method, string Target, byte[]? Body, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Whether to announce <see cref="Body"/>'s length; off for the cases that announce their own (chunked, lying lengths).</summary>
    public bool SendContentLength { get; init; } = true;

    /// <summary>A short, printable description for test names and failure messages.</summary>
    public override string ToString()
    {
        var target = Target.Length > 120 ? $"{Target[..100]}…({Target.Length} chars)" : Target;
        var body = Body is null ? "no body" : Body.Length > 160 ? $"{Body.Length} bytes" : Printable(Body);
        return $"{Method} {Printable(Encoding.Latin1.GetBytes(target))} [{ContentType ?? "no content type"}] {body}";
    }

    private static string Printable(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : $"\\x{b:X2}");
        }

        return text.ToString();
    }
}

/// <summary>What came back: the status, the headers as sent, and the de-chunked body.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).FirstOrDefault();

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The answer as an <see cref="HttpResponseMessage"/>, so the suite's shared assertions apply to it.</summary>
    public HttpResponseMessage ToResponseMessage()
    {
        var content = new ByteArrayContent(Body);
        if (Header("Content-Type") is { } contentType)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new HttpResponseMessage((HttpStatusCode)Status) { Content = content };
    }
}

/// <summary>Sends a <see cref="RawRequest"/> over a fresh TCP connection and reads the answer to the end.</summary>
public static class RawHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<RawResponse> SendAsync(Uri server, RawRequest request)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(Timeout);
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        await using var stream = tcp.GetStream();

        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Target} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {server.Authority}\r\n")
            .Append("Connection: close\r\n");
        if (request.ContentType is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {request.ContentType}\r\n");
        }

        if (request.Body is not null && request.SendContentLength)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {request.Body.Length}\r\n");
        }

        foreach (var (name, value) in request.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");

        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), timeout.Token);
            if (request.Body is not null)
            {
                await stream.WriteAsync(request.Body, timeout.Token);
            }
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything (413, 431); its answer is still there to read.
        }

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer (the server closing on an unread body) ends the answer, not the test.
        }

        return Parse(received.ToArray());
    }

    private static RawResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new AssertionException($"No complete HTTP answer came back: {Encoding.Latin1.GetString(bytes)}");
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
        var body = bytes[(end + 4)..];
        var chunked = headers.Any(h => string.Equals(h.Key, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
            && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        return new RawResponse(status, headers, chunked ? Dechunk(body) : body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var result = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd).Split(';')[0];
            var size = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            position += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            result.Write(body, position, Math.Min(size, body.Length - position));
            position += size + 2;
        }

        return result.ToArray();
    }
}
