using System.Collections.Concurrent;
using Hangfire.Server;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>A recurring test job that notes which occurrence ("Time") each execution belongs to, and on which server.</summary>
public static class OccurrenceCountingJob
{
    internal static ConcurrentQueue<(string Queue, string JobId, long Occurrence, string Server)> Executions { get; } = new();

    public static void Run(string queue, PerformContext? context) =>
        Executions.Enqueue((queue, context!.BackgroundJob.Id, context.GetJobParameter<long>("Time"), context.ServerId));
}
