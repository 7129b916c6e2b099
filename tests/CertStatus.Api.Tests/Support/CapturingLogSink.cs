using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CertStatus.Api.Tests.Support;

/// <summary>Keeps every Serilog event the service writes (registered in its services, read by <c>ReadFrom.Services</c>).</summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public void Clear() => _events.Clear();

    public static string? SourceContextOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("SourceContext", out var value) && value is ScalarValue { Value: string context } ? context : null;

    public static string? StringProperty(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string text } ? text : null;
}
