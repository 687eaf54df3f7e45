using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A school's subscriptions, current first — the school sees its own only.</summary>
public sealed record ListSchoolSubscriptionsQuery(Guid SchoolId) : IQuery<IReadOnlyList<SubscriptionDto>>;
