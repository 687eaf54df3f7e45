using System.Diagnostics;
using EqualityMark.Host.Observability;
using EqualityMark.Host.Platform;
using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Hangfire;
using Hangfire.Server;
using MediatR;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// One authority's run of a recurring job: a scope fixed to that authority sends the job's command. A failure
/// is recorded and rethrown, so Hangfire retries this authority's run with back-off (TenantJobRetryPolicy).
/// </summary>
internal sealed class TenantJobRun(TenantJobCatalog catalog, TenantScopeFactory scopes, ILogger<TenantJobRun> logger)
{
    [JobDisplayName("{0} for authority {1}")]
    public async Task RunAsync(string jobName, Guid tenantId, string occurrence, PerformContext? context, CancellationToken cancellationToken)
    {
        var tenant = (await ActiveAuthorities.ListAsync(scopes, cancellationToken)).FirstOrDefault(t => t.Id == tenantId);
        if (tenant is null)
        {
            logger.LogInformation("Job {Job} skipped for {TenantId}: the authority is not active", jobName, tenantId);
            return;
        }

        await RunForAsync(jobName, tenant, occurrence, context?.ServerId ?? Environment.MachineName, cancellationToken);
    }

    /// <summary>
    /// The run for an authority already known to be active (the daily sweep lists them once, not once a run). The
    /// scope's connection is opened once for the ledger and the job's unit of work together.
    /// </summary>
    public async Task RunForAsync(string jobName, TenantInfo tenant, string occurrence, string node, CancellationToken cancellationToken)
    {
        var job = catalog.Find(jobName) ?? throw new InvalidOperationException($"There is no job named '{jobName}'.");
        await using var scope = scopes.CreateScope(tenant);
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.OpenAsync(cancellationToken);
        await AsynchronousCommit.UseForJobAsync(session, cancellationToken);
        scope.ServiceProvider.GetRequiredService<AuditLogJob>().Name = jobName;
        var ledger = scope.ServiceProvider.GetRequiredService<JobRunLedger>();
        var runId = await ledger.StartAsync(jobName, occurrence, node, cancellationToken);
        if (runId is null)
        {
            logger.LogInformation("Job {Job} already succeeded for {TenantCode} ({Occurrence})", jobName, tenant.Code, occurrence);
            return;
        }

        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["TenantCode"] = tenant.Code, ["Job"] = jobName });
        using var activity = JobTelemetry.Source.StartActivity($"job {jobName}");
        activity?.SetTag("equalitymark.job", jobName);
        activity?.SetTag("equalitymark.tenant", tenant.Code);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var command = (IRequest<Unit>)Activator.CreateInstance(job.CommandType)!;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Job {Job} failed for {TenantCode}", jobName, tenant.Code);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            JobTelemetry.Record(jobName, "failed", Stopwatch.GetElapsedTime(started));
            await ledger.FinishAsync(runId.Value, JobRunOutcome.Failed, exception.Message);
            throw;
        }

        JobTelemetry.Record(jobName, "succeeded", Stopwatch.GetElapsedTime(started));
        await ledger.FinishAsync(runId.Value, JobRunOutcome.Succeeded, null);
    }
}
