using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The school's current (active) subscription and its balances; not found when it has none.</summary>
public sealed record GetSchoolEntitlementsQuery(Guid SchoolId) : IQuery<SchoolEntitlementsDto>;
