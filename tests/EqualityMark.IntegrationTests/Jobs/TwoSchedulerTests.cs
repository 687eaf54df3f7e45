using System.Collections.Concurrent;
using EqualityMark.Host.Jobs;
using EqualityMark.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>Two scheduler nodes on one PostgreSQL store (as two hosts would be): every trigger fires exactly once.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TwoSchedulerTests
{
    private const int Triggers = 12;

    [Fact]
    public async Task Two_clustered_schedulers_fire_each_trigger_once()
    {
        var cluster = "TwoNodeTest-" + Guid.NewGuid().ToString("N")[..8];
        CountingJob.Fired.Clear();
        await using var nodeA = BuildNode(cluster);
        await using var nodeB = BuildNode(cluster);
        var schedulerA = await nodeA.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerB = await nodeB.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
        await schedulerA.Start();
        await schedulerB.Start();

        var job = JobBuilder.Create<CountingJob>().WithIdentity("count", cluster).StoreDurably().Build();
        await schedulerA.AddJob(job, new AddJobOptions(), CancellationToken.None);
        var start = DateTimeOffset.UtcNow.AddSeconds(1);
        for (var i = 0; i < Triggers; i++)
        {
            var trigger = TriggerBuilder.Create().WithIdentity($"t{i}", cluster).ForJob(job.Key).StartAt(start.AddMilliseconds(100 * i)).Build();
            await (i % 2 == 0 ? schedulerA : schedulerB).ScheduleJob(trigger, new ScheduleJobOptions(), CancellationToken.None);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (CountingJob.Fired.Count < Triggers && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        await schedulerA.Shutdown(true, CancellationToken.None);
        await schedulerB.Shutdown(true, CancellationToken.None);

        Assert.Equal(Triggers, CountingJob.Fired.Count);
        Assert.All(CountingJob.Fired, fired => Assert.Equal(1, fired.Value));
    }

    private static ServiceProvider BuildNode(string cluster)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(quartz => QuartzSetup.UseClusteredStore(quartz, cluster, TestDatabase.AppConnectionString));
        return services.BuildServiceProvider();
    }

    internal sealed class CountingJob : IJob
    {
        public static readonly ConcurrentDictionary<string, int> Fired = new();

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Fired.AddOrUpdate(context.Trigger.Key.Name, 1, (_, count) => count + 1);
            return ValueTask.CompletedTask;
        }
    }
}
