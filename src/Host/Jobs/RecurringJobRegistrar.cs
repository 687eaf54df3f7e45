using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Time;
using Hangfire;
using Hangfire.Storage;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// At start-up, makes Hangfire's recurring jobs match the modules' AddTenantJob and AddPlatformJob declarations (cron in UK
/// time). Every node does this; it is idempotent, and recurring jobs no module declares any more are removed.
/// </summary>
internal sealed class RecurringJobRegistrar(
    IRecurringJobManager recurringJobs, JobStorage storage, TenantJobCatalog catalog, IEnumerable<PlatformJobDefinition> platformJobs, ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = UkTime.London };
        foreach (var job in catalog.All)
        {
            var name = job.Name;
            recurringJobs.AddOrUpdate<TenantJobFanOut>(name, fanOut => fanOut.EnqueueForEachAuthorityAsync(name, null, CancellationToken.None), job.CronExpression, options);
        }

        foreach (var job in platformJobs)
        {
            var name = job.Name;
            recurringJobs.AddOrUpdate<PlatformJobRun>(name, run => run.RunAsync(name, CancellationToken.None), job.CronExpression, options);
        }

        using var connection = storage.GetConnection();
        var declared = platformJobs.Select(j => j.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => catalog.Find(id) is null && !declared.Contains(id)))
        {
            recurringJobs.RemoveIfExists(stale);
            logger.LogInformation("Removed recurring job {Job}: no module declares it", stale);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
