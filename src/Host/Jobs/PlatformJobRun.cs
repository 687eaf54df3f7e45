using System.Diagnostics;
using EqualityMark.Host.Observability;
using EqualityMark.Shared.Jobs;
using Hangfire;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// One run of a platform-wide recurring job, in a scope with no authority. A failure is logged and rethrown, so
/// Hangfire retries it with back-off.
/// </summary>
internal sealed class PlatformJobRun(IServiceProvider services, IEnumerable<PlatformJobDefinition> definitions, ILogger<PlatformJobRun> logger)
{
    [JobDisplayName("{0} (all authorities)")]
    public async Task RunAsync(string jobName, CancellationToken cancellationToken)
    {
        var definition = definitions.FirstOrDefault(d => d.Name == jobName) ?? throw new InvalidOperationException($"There is no platform job named '{jobName}'.");
        using var activity = JobTelemetry.Source.StartActivity($"job {jobName}");
        activity?.SetTag("equalitymark.job", jobName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = services.CreateAsyncScope();
            await ((IPlatformJob)scope.ServiceProvider.GetRequiredService(definition.JobType)).RunAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Platform job {Job} failed", jobName);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            JobTelemetry.Record(jobName, "failed", Stopwatch.GetElapsedTime(started));
            throw;
        }

        JobTelemetry.Record(jobName, "succeeded", Stopwatch.GetElapsedTime(started));
    }
}
