using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>Keeps every log line a host writes (message and exception), so a test can look for what must never appear.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");

    public void Dispose()
    {
    }
}
