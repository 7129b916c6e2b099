using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CertStatus.Application.Common.Behaviors;

/// <summary>Logs each message's name and how long it took; never its content.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var response = await next(message, cancellationToken);
            outcome = "succeeded";
            return response;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogHandled(typeof(TMessage).Name, outcome, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageName} {Outcome} in {ElapsedMilliseconds:0.000} ms")]
    private partial void LogHandled(string messageName, string outcome, double elapsedMilliseconds);
}
