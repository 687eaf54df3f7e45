using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace EqualityMark.Host.Health;

internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Scheduler {scheduler.SchedulerInstanceId} is running.")
            : HealthCheckResult.Unhealthy("The job scheduler is not running.");
    }
}
