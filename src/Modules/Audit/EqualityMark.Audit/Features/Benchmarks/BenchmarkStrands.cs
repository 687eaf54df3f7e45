using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>Which strand a benchmark page shows: the one asked for (?strand=), the first when none is; null for a strand the framework does not have.</summary>
internal static class BenchmarkStrands
{
    public static NamedKeyDto? Choose(IReadOnlyList<NamedKeyDto> strands, string? asked) =>
        asked is null ? (strands.Count > 0 ? strands[0] : null) : strands.FirstOrDefault(s => s.Key == asked);
}
