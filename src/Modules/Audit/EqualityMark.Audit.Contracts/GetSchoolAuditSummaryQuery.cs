using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>A school's audits by year and its latest grid in counts, for the school's one view; staff or the school's own people, otherwise not found.</summary>
public sealed record GetSchoolAuditSummaryQuery(Guid SchoolId) : IQuery<SchoolAuditSummaryDto>;
