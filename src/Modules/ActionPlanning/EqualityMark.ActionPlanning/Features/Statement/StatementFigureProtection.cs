using System.Globalization;
using EqualityMark.Shared.Disclosure;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// How a statement's figures are published. A count below the threshold reads "fewer than N". Figures of one strand
/// out of the same total are taken to share it (boys and girls of 230 pupils), so when one is hidden the others would
/// give it away by subtraction: as many of them are withheld as it takes to stop that (ADR 0021).
/// </summary>
internal static class StatementFigureProtection
{
    public static IReadOnlyList<PublicFigureDto> Publish(IReadOnlyList<StatementFigureDto> figures, int threshold)
    {
        var table = new LinkedCounts();
        var indexes = figures.Select(f => table.Add(f.Count)).ToList();
        foreach (var shared in figures.Select((f, i) => (f, i)).Where(x => x.f.OutOf is not null)
                     .GroupBy(x => (x.f.StrandKey, x.f.OutOf)).Where(g => g.Count() > 1))
        {
            table.Sum(table.AddKnown(shared.Key.OutOf!.Value), shared.Select(x => indexes[x.i]).ToList());
        }

        var withheld = table.Protect(threshold, zerosToo: true);
        return figures.Select((f, i) => withheld[indexes[i]]
            ? new PublicFigureDto(f.StrandName, f.GroupLabel, f.Count < threshold ? $"fewer than {threshold.ToString(CultureInfo.InvariantCulture)}" : "not shown", f.OutOf, Suppressed: true)
            : new PublicFigureDto(f.StrandName, f.GroupLabel, f.Count.ToString(CultureInfo.InvariantCulture), f.OutOf, Suppressed: false)).ToList();
    }
}
