using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>The school's current summary grid as the plan needs it: the elements and strands, their names, and the cells' ratings.</summary>
internal sealed record SchoolGrid(IReadOnlyList<NamedKeyDto> Elements, IReadOnlyList<NamedKeyDto> Strands, IReadOnlyList<GridCellDto> Cells)
{
    public static readonly SchoolGrid None = new([], [], []);

    public bool Exists => Elements.Count > 0;

    public static SchoolGrid From(SummaryGridDto? grid) => grid is null ? None : new(grid.Elements, grid.Strands, grid.Cells);

    public string ElementName(string key) => Elements.FirstOrDefault(e => e.Key == key)?.Name ?? key;

    public string StrandName(string key) => Strands.FirstOrDefault(s => s.Key == key)?.Name ?? key;

    public bool Contains(GridCellRefDto cell) => Elements.Any(e => e.Key == cell.ElementKey) && Strands.Any(s => s.Key == cell.StrandKey);

    public CellDto Describe(string elementKey, string strandKey) => new(elementKey, ElementName(elementKey), strandKey, StrandName(strandKey));
}
