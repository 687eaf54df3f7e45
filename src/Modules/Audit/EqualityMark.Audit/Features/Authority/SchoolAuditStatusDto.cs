using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Audit.Features.Authority;

public sealed record SchoolAuditStatusDto(Guid SchoolId, string SchoolName, SchoolPhase Phase, Guid? AuditId, AuditStatus Status, DateTimeOffset? SubmittedAt);
