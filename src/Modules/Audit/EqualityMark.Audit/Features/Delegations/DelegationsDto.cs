using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;

namespace EqualityMark.Audit.Features.Delegations;

public sealed record DelegationsDto(AuditSummaryDto Audit, FrameworkContent Framework, IReadOnlyList<DelegationDto> Delegations, IReadOnlyList<DelegatePersonDto> People);

public sealed record DelegatePersonDto(Guid UserId, string FullName);
