namespace EqualityMark.Audit.Contracts;

public sealed record SummaryGridDto(Guid AuditId, Guid SchoolId, int AcademicYear, AuditStatus Status, IReadOnlyList<NamedKeyDto> Elements, IReadOnlyList<NamedKeyDto> Strands, IReadOnlyList<GridCellDto> Cells);
