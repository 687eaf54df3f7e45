using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Uses one unit of a yearly-counted kind (visit, INSET) for a reference (e.g. a visit id), from the school's paid
/// subscription whose period contains <paramref name="On"/> (the day the visit happens, in the UK; today when
/// null) — so a September visit booked in July counts against the coming year. Idempotent per reference: the same
/// reference again changes nothing. Not found when no paid subscription covers that day; conflict (409) when
/// nothing of that kind is left; kinds in a choose-one group share one allowance.
/// </summary>
public sealed record ConsumeEntitlementCommand(Guid SchoolId, EntitlementKind Kind, string Reference, DateOnly? On = null) : ICommand<SchoolEntitlementsDto>;
