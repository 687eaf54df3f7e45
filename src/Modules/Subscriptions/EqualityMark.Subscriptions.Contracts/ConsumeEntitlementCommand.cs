using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Uses one unit of a yearly-counted kind (visit, INSET) of the school's current subscription for a reference
/// (e.g. a booking id). Idempotent per reference: the same reference again changes nothing. Conflict (409) when
/// nothing of that kind is left; kinds in a choose-one group share one allowance.
/// </summary>
public sealed record ConsumeEntitlementCommand(Guid SchoolId, EntitlementKind Kind, string Reference) : ICommand<SchoolEntitlementsDto>;
