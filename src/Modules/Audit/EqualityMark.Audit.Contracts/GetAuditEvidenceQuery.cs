using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>
/// The audit's part of a school's evidence pack: the latest audit's judgements grouped by the inspection judgement each
/// element maps to, its summary grid with the year before's, and the reference group with its meetings.
/// </summary>
public sealed record GetAuditEvidenceQuery(Guid SchoolId) : IQuery<AuditEvidenceDto>;
