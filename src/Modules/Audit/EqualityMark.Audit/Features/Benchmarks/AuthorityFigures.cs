using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Authority;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// The authority's own figures for one phase and year, protected exactly as the heat-map's view of that phase is
/// (<see cref="HeatMapTable"/>, ADR 0021), so the two pages never give away different withheld counts.
/// </summary>
internal static class AuthorityFigures
{
    public static (BenchmarkGroupDto Group, Dictionary<(string Element, string Strand), BenchmarkShareDto> Cells) For(
        IReadOnlyList<BenchmarkCount> yearRows, SchoolPhase phase, int threshold)
    {
        var sizes = yearRows.GroupBy(r => Enum.Parse<SchoolPhase>(r.Phase)).ToDictionary(g => g.Key, g => g.First().Schools);
        var groups = PublishableGroups.Choose(sizes, threshold);
        if (!groups.WholeShown || !groups.IsShown(phase))
        {
            var reason = sizes.GetValueOrDefault(phase) == 0
                ? "No schools of this phase have sent their audit for this year."
                : $"Fewer than {threshold} schools of this phase sent their audit, or showing them would let a smaller group be picked out.";
            return (new BenchmarkGroupDto(false, null, null, threshold, reason), []);
        }

        var cells = yearRows.GroupBy(r => (r.ElementKey, r.StrandKey)).ToDictionary(g => g.Key, g =>
        {
            var ratings = g.SelectMany(r => Ratings(Enum.Parse<SchoolPhase>(r.Phase), r)).ToList();
            var cell = HeatMapTable.Cell(g.Key.ElementKey, g.Key.StrandKey, ratings, groups.Shown, phase, threshold);
            return new BenchmarkShareDto(cell.Red, cell.Amber, cell.Green, sizes[phase]);
        });
        return (new BenchmarkGroupDto(true, sizes[phase], null, threshold, null), cells);
    }

    private static IEnumerable<(SchoolPhase, Rating)> Ratings(SchoolPhase phase, BenchmarkCount row) =>
        Enumerable.Repeat((phase, Rating.Red), row.Red)
            .Concat(Enumerable.Repeat((phase, Rating.Amber), row.Amber))
            .Concat(Enumerable.Repeat((phase, Rating.Green), row.Green))
            .Concat(Enumerable.Repeat((phase, Rating.NotAssessed), row.NotAssessed));
}
