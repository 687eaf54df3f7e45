using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>
/// Schools per rating in each cell, for all phases or one. A null count is withheld: it is below the threshold, or it
/// would let such a count be worked out from this view and the others (ADR 0021). <see cref="SchoolsIncluded"/> is
/// null, and there are no cells, when the view covers fewer schools than the threshold or would reveal a group that does.
/// </summary>
public sealed record HeatMapDto(
    int AcademicYear,
    SchoolPhase? Phase,
    int? SchoolsIncluded,
    int Threshold,
    IReadOnlyList<SchoolPhase> PhasesShown,
    IReadOnlyList<NamedKeyDto> Elements,
    IReadOnlyList<NamedKeyDto> Strands,
    IReadOnlyList<HeatMapCellDto> Cells)
{
    public bool IsShown => SchoolsIncluded is not null;
}

public sealed record HeatMapCellDto(string ElementKey, string StrandKey, int? Red, int? Amber, int? Green);
