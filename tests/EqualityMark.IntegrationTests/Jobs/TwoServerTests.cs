using Hangfire;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>Two Hangfire servers on one PostgreSQL storage (as two hosts would be): each recurring occurrence runs once.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TwoServerTests
{
    [Fact]
    public async Task Two_servers_run_each_occurrence_of_a_recurring_job_once()
    {
        var queue = "two-servers-" + Guid.NewGuid().ToString("N")[..8];
        var recurringJobId = "test-" + queue;
        using var nodeA = new TestJobNode("node-a", queue);
        using var nodeB = new TestJobNode("node-b", queue);
        var recurringJobs = new RecurringJobManager(nodeA.Storage);

        recurringJobs.AddOrUpdate(recurringJobId, queue, () => OccurrenceCountingJob.Run(queue, null), "* * * * * *", new RecurringJobOptions());
        await Task.Delay(TimeSpan.FromSeconds(8));
        recurringJobs.RemoveIfExists(recurringJobId);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var runs = OccurrenceCountingJob.Executions.Where(e => e.Queue == queue).ToList();
        Assert.True(runs.Count >= 4, $"only {runs.Count} occurrences ran in 8 seconds");
        Assert.All(runs.GroupBy(r => r.JobId), job => Assert.Single(job));
        Assert.All(runs.GroupBy(r => r.Occurrence), occurrence => Assert.Single(occurrence));
    }
}
