using Hangfire;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Enqueues one authority's run of a job as its own background job, so it is retried on its own and a
/// failure never holds up another authority.
/// </summary>
internal sealed class TenantJobQueue(IBackgroundJobClient client)
{
    /// <param name="occurrence">Identifies the occurrence (or manual start) the run belongs to; with the
    /// tenant and job name it is the run's idempotency key.</param>
    public string Enqueue(string jobName, Guid tenantId, string occurrence) =>
        client.Enqueue<TenantJobRun>(run => run.RunAsync(jobName, tenantId, occurrence, null, CancellationToken.None));
}
