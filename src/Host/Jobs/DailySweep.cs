using System.Diagnostics;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Jobs;

/// <summary>
/// Every recurring job (or those named) once for every active authority, then every platform job, now, in this process, as many at a time as Hangfire has
/// workers (<c>EqualityMark.Host sweep</c>). It measures what the daily jobs cost as authorities are added
/// (bench.sh), and catches up after an outage: each run goes through the same ledger and is idempotent.
/// </summary>
internal sealed class DailySweep(IServiceProvider services, TenantJobCatalog catalog, IEnumerable<PlatformJobDefinition> platformJobs, TenantScopeFactory scopes,
    JobsOptions options, TimeProvider clock, ILogger<DailySweep> logger)
{
    /// <summary>After each authority finished: how many had finished and the time since the sweep began; and the runs that failed.</summary>
    public async Task<(IReadOnlyList<(int Authorities, TimeSpan Elapsed)> Progress, int Failed)> RunAsync(IReadOnlyCollection<string>? only, CancellationToken cancellationToken)
    {
        bool Chosen(string name) => only is null || only.Contains(name);
        var authorities = await ActiveAuthorities.ListAsync(scopes, cancellationToken);
        var occurrence = $"sweep {clock.GetUtcNow():yyyy-MM-ddTHH:mm:ss}";
        var started = Stopwatch.GetTimestamp();
        var progress = new List<(int, TimeSpan)>();
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.WorkerCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(authorities, parallel, async (authority, token) =>
        {
            foreach (var job in catalog.All.Where(j => Chosen(j.Name)))
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TenantJobRun>().RunForAsync(job.Name, authority, occurrence, Environment.MachineName, token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    logger.LogWarning(exception, "Sweep: {Job} failed for {TenantCode}", job.Name, authority.Code);
                }
            }

            lock (progress)
            {
                progress.Add((progress.Count + 1, Stopwatch.GetElapsedTime(started)));
            }
        });

        // Platform jobs gather what the authorities' runs wrote, so they go last.
        foreach (var job in platformJobs.Where(j => Chosen(j.Name)))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PlatformJobRun>().RunAsync(job.Name, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed++;
                logger.LogWarning(exception, "Sweep: platform job {Job} failed", job.Name);
            }
        }

        return (progress, failed);
    }
}
