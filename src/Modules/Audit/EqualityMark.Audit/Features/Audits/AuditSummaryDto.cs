using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Audits;

public sealed record AuditSummaryDto(Guid Id, Guid SchoolId, int AcademicYear, AuditStatus Status, DateTimeOffset? SubmittedAt, string? ReturnedReason, int FrameworkNumber, int Assessed, int Total,
    DateTimeOffset? GridSharedAt = null);
