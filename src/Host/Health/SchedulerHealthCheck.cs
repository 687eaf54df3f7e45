using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace EqualityMark.Host.Health;

/// <summary>Hangfire's storage answers; the description says how many job servers are alive.</summary>
internal sealed class SchedulerHealthCheck(JobStorage storage, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatWindow = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var since = clock.GetUtcNow().UtcDateTime - HeartbeatWindow;
            var alive = storage.GetMonitoringApi().Servers().Count(server => server.Heartbeat >= since);
            return Task.FromResult(HealthCheckResult.Healthy($"Job storage reachable; {alive} job server(s) alive."));
        }
        catch (NpgsqlException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be reached.", exception));
        }
    }
}
