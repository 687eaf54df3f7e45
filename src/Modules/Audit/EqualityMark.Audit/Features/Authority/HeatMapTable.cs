using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Disclosure;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>
/// One heat-map cell's counts in every view at once, so that what is withheld in one view cannot be recovered from
/// another. Rows are the phases that may be shown, the remaining schools together, and all schools; each row adds up
/// to its schools that rated the cell; each rating's all-schools count is the sum of the rows.
/// </summary>
internal static class HeatMapTable
{
    private static readonly Rating[] Shown = [Rating.Red, Rating.Amber, Rating.Green];

    /// <param name="ratings">Each included school's phase and its rating of the cell.</param>
    /// <param name="phases">The phases that may be shown on their own.</param>
    /// <param name="view">The phase asked for, or null for all phases.</param>
    public static HeatMapCellDto Cell(string elementKey, string strandKey, IReadOnlyList<(SchoolPhase Phase, Rating Rating)> ratings,
        IReadOnlyList<SchoolPhase> phases, SchoolPhase? view, int threshold)
    {
        var table = new LinkedCounts();
        int[] Row(IEnumerable<Rating> row)
        {
            var list = row.ToList();
            var counts = Shown.Select(r => table.Add(list.Count(x => x == r))).ToArray();
            table.Sum(table.AddKnown(list.Count(x => x != Rating.NotAssessed)), counts);
            return counts;
        }

        var all = Row(ratings.Select(r => r.Rating));
        var phaseRows = phases.ToDictionary(p => p, p => Row(ratings.Where(r => r.Phase == p).Select(r => r.Rating)));
        var rest = ratings.Where(r => !phases.Contains(r.Phase)).ToList();
        var parts = phaseRows.Values.ToList();
        if (rest.Count > 0 && phases.Count > 0)
        {
            parts.Add(Row(rest.Select(r => r.Rating)));
        }

        if (phases.Count > 0)
        {
            for (var rating = 0; rating < Shown.Length; rating++)
            {
                table.SumOfViews(all[rating], parts.Select(p => p[rating]).ToList(), phaseRows.Values.Select(p => p[rating]).ToList());
            }
        }

        var withheld = table.Protect(threshold);
        var shown = view is { } phase ? phaseRows[phase] : all;
        int? Show(int index) => withheld[index] ? null : table.Value(index);
        return new HeatMapCellDto(elementKey, strandKey, Show(shown[0]), Show(shown[1]), Show(shown[2]));
    }
}
