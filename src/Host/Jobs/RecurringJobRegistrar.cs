using EqualityMark.Shared.Time;
using Hangfire;
using Hangfire.Storage;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// At start-up, makes Hangfire's recurring jobs match the modules' AddTenantJob declarations (cron in UK
/// time). Every node does this; it is idempotent, and recurring jobs no module declares any more are removed.
/// </summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager recurringJobs, JobStorage storage, TenantJobCatalog catalog, ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = UkTime.London };
        foreach (var job in catalog.All)
        {
            var name = job.Name;
            recurringJobs.AddOrUpdate<TenantJobFanOut>(name, fanOut => fanOut.EnqueueForEachAuthorityAsync(name, null, CancellationToken.None), job.CronExpression, options);
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => catalog.Find(id) is null))
        {
            recurringJobs.RemoveIfExists(stale);
            logger.LogInformation("Removed recurring job {Job}: no module declares it", stale);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
