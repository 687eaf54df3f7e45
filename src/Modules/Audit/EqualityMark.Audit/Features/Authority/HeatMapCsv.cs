using System.Globalization;
using EqualityMark.Shared.Text;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>The heat-map as CSV, one row per cell, with exactly the protection the page has: a withheld count reads "not shown".</summary>
internal static class HeatMapCsv
{
    public static string Write(HeatMapDto map)
    {
        var elements = map.Elements.ToDictionary(e => e.Key, e => e.Name);
        var strands = map.Strands.ToDictionary(s => s.Key, s => s.Name);
        var header = new[] { "Element", "Strand", "Red", "Amber", "Green" };
        var rows = map.Cells.Select(c => new[]
        {
            elements[c.ElementKey], strands[c.StrandKey], Count(c.Red), Count(c.Amber), Count(c.Green),
        });
        return Csv.Write(rows.Prepend(header));
    }

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "not shown";
}
