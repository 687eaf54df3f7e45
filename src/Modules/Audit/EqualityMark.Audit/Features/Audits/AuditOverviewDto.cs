namespace EqualityMark.Audit.Features.Audits;

/// <summary>A school's audits: this academic year's (if started) and earlier ones.</summary>
public sealed record AuditOverviewDto(Guid SchoolId, int CurrentYear, AuditSummaryDto? Current, IReadOnlyList<AuditSummaryDto> Earlier, bool CanStart);
