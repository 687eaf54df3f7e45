using EqualityMark.Host.Platform;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Records an authority's runs in platform.job_runs, one row per (job, occurrence). The row is also the
/// run's idempotency key: an occurrence that already succeeded for the authority is never run again, however
/// often Hangfire hands it out (a retry, a job fetched again after its node died, a duplicated fan-out).
/// </summary>
internal sealed class JobRunLedger(PlatformDbContext db, ITenantContext tenant, TimeProvider clock)
{
    /// <returns>The run's id, or null when this occurrence already succeeded for the authority.</returns>
    public async Task<Guid?> StartAsync(string jobName, string occurrence, string node, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("A job run needs a tenant scope.");
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var running = nameof(JobRunOutcome.Running);
        var succeeded = nameof(JobRunOutcome.Succeeded);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO platform.job_runs AS r (id, tenant_id, job_name, fire_instance_id, node, started_at, outcome, attempts)
            VALUES ({id}, {tenantId}, {jobName}, {occurrence}, {node}, {now}, {running}, 1)
            ON CONFLICT (tenant_id, job_name, fire_instance_id) DO UPDATE
                SET node = excluded.node, started_at = excluded.started_at, finished_at = NULL,
                    outcome = excluded.outcome, attempts = r.attempts + 1
                WHERE r.outcome <> {succeeded}
            RETURNING r.id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    public Task FinishAsync(Guid runId, JobRunOutcome outcome, string? error) =>
        db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            run => run
                .SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.Error, error is { Length: > 1000 } ? error[..1000] : error)
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow()),
            CancellationToken.None);
}
