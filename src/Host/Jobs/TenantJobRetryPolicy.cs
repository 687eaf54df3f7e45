using Hangfire;
using Hangfire.Common;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Hangfire's AutomaticRetry for the tenant jobs, with the back-off from configuration. Given at method scope,
/// it replaces Hangfire's global default (10 attempts) for these jobs only.
/// </summary>
internal sealed class TenantJobRetryPolicy(JobsOptions options) : IJobFilterProvider
{
    private readonly JobFilter _retry = new(
        new AutomaticRetryAttribute
        {
            Attempts = options.RetryDelays.Length,
            DelaysInSeconds = options.RetryDelays,
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        },
        JobFilterScope.Method,
        order: null);

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        job.Type == typeof(TenantJobRun) || job.Type == typeof(TenantJobFanOut) ? [_retry] : [];
}
