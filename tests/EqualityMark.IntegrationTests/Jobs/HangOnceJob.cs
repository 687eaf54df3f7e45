using System.Collections.Concurrent;
using Hangfire.Server;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>
/// Applies its effect under an idempotency key; the first time, it then hangs like a process that died before
/// finishing, ignoring cancellation, until the test releases the thread.
/// </summary>
public static class HangOnceJob
{
    internal static ConcurrentQueue<(string Key, string Server)> Executions { get; } = new();

    internal static ConcurrentDictionary<string, string> Effects { get; } = new();

    internal static ManualResetEventSlim FirstExecutionStarted { get; } = new();

    internal static ManualResetEventSlim ReleaseDeadThread { get; } = new();

    public static void Run(string key, PerformContext? context)
    {
        Executions.Enqueue((key, context!.ServerId));
        Effects.TryAdd(key, context.ServerId);
        if (!FirstExecutionStarted.IsSet)
        {
            FirstExecutionStarted.Set();
            ReleaseDeadThread.Wait();
        }
    }
}
