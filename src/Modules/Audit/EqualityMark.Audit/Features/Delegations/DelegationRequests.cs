using EqualityMark.Audit.Features.Audits;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Audit.Features.Delegations;

internal sealed record ListDelegationsQuery(Guid AuditId) : IQuery<DelegationsDto>;

/// <summary>Gives one element or one strand of the audit to a person of the school (exactly one of the two keys).</summary>
internal sealed record DelegateCommand(Guid AuditId, Guid? UserId, string? ElementKey, string? StrandKey) : ICommand<DelegationDto>;

internal sealed record RemoveDelegationCommand(Guid AuditId, Guid DelegationId) : ICommand<Unit>;

/// <summary>The delegate says their part is done (or, with Complete false, not done after all).</summary>
internal sealed record CompleteDelegationCommand(Guid AuditId, Guid DelegationId, bool Complete) : ICommand<DelegationDto>;
