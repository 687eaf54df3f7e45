using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EqualityMark.Host.Observability;

/// <summary>A span per authority's job run, and counts and durations of runs by job and outcome.</summary>
internal static class JobTelemetry
{
    public const string Name = "EqualityMark.Jobs";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("equalitymark.job.runs", description: "Runs of recurring jobs, one per authority, by job and outcome");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("equalitymark.job.duration", unit: "s", description: "How long each authority's run of a job took");

    public static void Record(string job, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome } };
        Runs.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
