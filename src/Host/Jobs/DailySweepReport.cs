using System.Globalization;

namespace EqualityMark.Host.Jobs;

/// <summary>Runs <see cref="DailySweep"/> and prints how long it took after 1, 10, 25, 50, 100 … authorities and in all.</summary>
internal static class DailySweepReport
{
    /// <param name="jobs">Only these jobs (by name); null for all.</param>
    public static async Task RunAsync(IServiceProvider services, TextWriter output, IReadOnlyCollection<string>? jobs = null)
    {
        var sweep = ActivatorUtilities.CreateInstance<DailySweep>(services);
        var (progress, failed) = await sweep.RunAsync(jobs, CancellationToken.None);
        int[] marks = [1, 10, 25, 50, 100, progress.Count];
        foreach (var (authorities, elapsed) in progress.Where(p => marks.Contains(p.Authorities)).DistinctBy(p => p.Authorities))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sweep {authorities} {elapsed.TotalSeconds:0.00}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sweep-failed {failed}"));
    }
}
