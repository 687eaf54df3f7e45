namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>What the strand partials draw: the figures, the strand chosen, and whether a school is looking at its own grid.</summary>
public sealed record BenchmarkStrandView(BenchmarksDto Figures, BenchmarkYearDto Year, string StrandKey, string StrandName, bool ForSchool, bool WithChart);
