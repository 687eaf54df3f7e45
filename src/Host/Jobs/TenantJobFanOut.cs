using EqualityMark.Shared.Tenancy;
using Hangfire;
using Hangfire.Server;

namespace EqualityMark.Host.Jobs;

/// <summary>What a recurring job's occurrence does: enqueue one run per active authority, each retried on its own.</summary>
internal sealed class TenantJobFanOut(TenantScopeFactory scopes, TenantJobQueue queue, ILogger<TenantJobFanOut> logger)
{
    [JobDisplayName("{0}: a run for each authority")]
    public async Task EnqueueForEachAuthorityAsync(string jobName, PerformContext? context, CancellationToken cancellationToken)
    {
        // The fan-out's own job id names the occurrence, so running this job twice enqueues runs the ledger
        // recognises as the same ones.
        var occurrence = "occurrence-" + (context?.BackgroundJob.Id ?? throw new InvalidOperationException("Hangfire passes the perform context."));
        var authorities = await ActiveAuthorities.ListAsync(scopes, cancellationToken);
        foreach (var authority in authorities)
        {
            queue.Enqueue(jobName, authority.Id, occurrence);
        }

        logger.LogInformation("Job {Job}: enqueued a run for each of {Count} authorities", jobName, authorities.Count);
    }
}
