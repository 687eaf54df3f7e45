using System.Text;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Text;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>The summary grid as CSV: one row per element, one column per strand, R/A/G/– with overrides marked *.</summary>
internal static class GridCsv
{
    public static string Write(SummaryGridDto grid)
    {
        var builder = new StringBuilder();
        builder.AppendLine(string.Join(',', grid.Strands.Select(s => s.Name).Prepend("Element").Select(Csv.Escape)));
        foreach (var element in grid.Elements)
        {
            var cells = grid.Strands.Select(s => grid.Cells.Single(c => c.ElementKey == element.Key && c.StrandKey == s.Key))
                .Select(c => RatingLabels.Letter(c.Rating) + (c.Override is null ? string.Empty : "*"));
            builder.AppendLine(string.Join(',', cells.Prepend(element.Name).Select(Csv.Escape)));
        }

        return builder.ToString();
    }
}
