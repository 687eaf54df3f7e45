using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>Every school's audit status for an academic year, optionally for one phase.</summary>
internal sealed record ListAuditStatusesQuery(int AcademicYear, SchoolPhase? Phase) : IQuery<IReadOnlyList<SchoolAuditStatusDto>>;

/// <summary>How many schools' submitted audits are red, amber or green in each cell, small numbers suppressed.</summary>
internal sealed record GetHeatMapQuery(int AcademicYear, SchoolPhase? Phase) : IQuery<HeatMapDto>;
