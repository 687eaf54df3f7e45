using EqualityMark.Host.Platform;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Quartz;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// The one Quartz job type: for each active local authority, opens a scope fixed to it, sends the
/// job's command and records the run. A failure in one tenant does not stop the others.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TenantCommandJob(TenantScopeFactory scopes, TimeProvider clock, ILogger<TenantCommandJob> logger) : IJob
{
    public const string CommandTypeKey = "command-type";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobName = context.JobDetail.Key.Name;
        var commandType = Type.GetType(context.MergedJobDataMap.GetString(CommandTypeKey)!, throwOnError: true)!;

        IReadOnlyList<TenantDto> tenants;
        await using (var scope = scopes.CreateScope(null))
        {
            tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetActiveTenantsQuery(), cancellationToken);
        }

        foreach (var tenant in tenants)
        {
            await RunForTenantAsync(context, jobName, commandType, new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName), cancellationToken);
        }
    }

    private async Task RunForTenantAsync(IJobExecutionContext context, string jobName, Type commandType, TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var run = new JobRun
        {
            JobName = jobName,
            FireInstanceId = context.FireInstanceId,
            Node = context.Scheduler.SchedulerInstanceId,
            StartedAt = clock.GetUtcNow(),
        };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["TenantCode"] = tenant.Code, ["Job"] = jobName });
        try
        {
            var command = (IRequest<Unit>)Activator.CreateInstance(commandType)!;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            run.Outcome = JobRunOutcome.Succeeded;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Job {Job} failed for {TenantCode}", jobName, tenant.Code);
            run.Outcome = JobRunOutcome.Failed;
            run.Error = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
        }

        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
