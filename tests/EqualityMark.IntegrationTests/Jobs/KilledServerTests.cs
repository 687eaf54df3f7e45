using EqualityMark.Host.Jobs;
using Hangfire;
using Hangfire.States;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>A server that dies in the middle of a job: another server runs the job again and its effect happens once.</summary>
[Collection(AppTestGroup.Name)]
public sealed class KilledServerTests
{
    [Fact]
    public async Task A_job_on_a_killed_server_is_run_again_on_the_other_and_its_effect_happens_once()
    {
        var queue = "killed-server-" + Guid.NewGuid().ToString("N")[..8];
        var key = "effect-" + queue;
        // Not sliding: the dead server's abandoned thread would otherwise keep the job invisible for ever.
        var jobs = new JobsOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200), InvisibilityTimeout = TimeSpan.FromSeconds(3), SlidingInvisibilityTimeout = false };
        string jobId;
        try
        {
            var nodeA = new TestJobNode("node-a", queue, jobs);
            jobId = new BackgroundJobClient(nodeA.Storage).Create(() => HangOnceJob.Run(key, null), new EnqueuedState(queue));
            Assert.True(HangOnceJob.FirstExecutionStarted.Wait(TimeSpan.FromSeconds(20)), "node A never started the job");
            nodeA.Dispose();

            using var nodeB = new TestJobNode("node-b", queue, jobs);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (JobState(nodeB.Storage, jobId) != SucceededState.StateName && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            Assert.Equal(SucceededState.StateName, JobState(nodeB.Storage, jobId));
        }
        finally
        {
            HangOnceJob.ReleaseDeadThread.Set();
        }

        var runs = HangOnceJob.Executions.Where(e => e.Key == key).Select(e => e.Server).ToList();
        Assert.Equal(2, runs.Count);
        Assert.StartsWith("node-a", runs[0], StringComparison.Ordinal);
        Assert.StartsWith("node-b", runs[1], StringComparison.Ordinal);
        Assert.Single(HangOnceJob.Effects, effect => effect.Key == key);
    }

    private static string? JobState(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
