using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.Paging;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>One page of the schools' audit statuses for an academic year (schools by name then id), optionally for one phase.</summary>
internal sealed record ListAuditStatusesQuery(int AcademicYear, SchoolPhase? Phase, int Page = 1) : IQuery<PagedList<SchoolAuditStatusDto>>;

/// <summary>How many schools' submitted audits are red, amber or green in each cell, small numbers suppressed.</summary>
internal sealed record GetHeatMapQuery(int AcademicYear, SchoolPhase? Phase) : IQuery<HeatMapDto>;
