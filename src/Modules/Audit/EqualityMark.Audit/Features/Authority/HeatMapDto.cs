using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>Counts per cell. A count below the threshold is null (shown as "fewer than N") so no school can be picked out.</summary>
public sealed record HeatMapDto(int AcademicYear, int SchoolsIncluded, int Threshold, IReadOnlyList<NamedKeyDto> Elements, IReadOnlyList<NamedKeyDto> Strands, IReadOnlyList<HeatMapCellDto> Cells);

public sealed record HeatMapCellDto(string ElementKey, string StrandKey, int? Red, int? Amber, int? Green);
